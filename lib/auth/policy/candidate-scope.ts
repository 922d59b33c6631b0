// Which reserve candidates a user may see, as a Prisma `where`, decided by the permission scopes: whoever
// reads reserves sees their regions' (the ministry all), an expert assessing "self" only the people they
// mentor or judge without a conflict, a member only themselves. Every read of a candidate goes through it,
// so a crafted id outside the scope is simply «not found».
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, scopeOf, type SessionUser } from "../permissions";
import { activeMentorWhere } from "./active-mentor-where";
import { jurorWhere } from "./juror-where";
import { selfCandidateWhere } from "./self-candidate-where";

export function candidateScope(actor: SessionUser | null): Prisma.ReserveCandidateWhereInput {
  if (actor && scopeOf(actor, "reserve.read")) return { reserve: regionWhere(actor, "reserve.read") };
  if (actor && scopeOf(actor, "reserve.assess") === "self") {
    return { OR: [activeMentorWhere(actor.id), jurorWhere(actor.id)] };
  }
  if (actor && scopeOf(actor, "reserve.self")) return selfCandidateWhere(actor.id);
  authorize(actor, "reserve.read"); // throws the refusal the rule gives
  return { id: { in: [] } };
}
