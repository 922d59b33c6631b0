// Candidates an organizer may change (lifecycle, plans, mentors): the regions of reserve.manage.
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../permissions";

export function managedCandidateScope(actor: SessionUser | null): Prisma.ReserveCandidateWhereInput {
  const me = authorize(actor, "reserve.manage");
  return { reserve: regionWhere(me, "reserve.manage") };
}
