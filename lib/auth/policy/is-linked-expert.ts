// The in-memory form of linkedExpertWhere, for a record already loaded with its experts (the event page):
// an expert who takes part in it may write a conclusion.
import { can, type SessionUser } from "../permissions";

export function isLinkedExpert(user: SessionUser | null | undefined, experts: { expert: { userId: string | null } }[]): boolean {
  return !!user && can(user, "conclusion.write") && experts.some((e) => e.expert.userId === user.id);
}
