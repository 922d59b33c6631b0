// A jury assignment of this user without a declared conflict: a conflict takes the entry away from them.
import type { Prisma } from "@prisma/client";
import { linkedExpertWhere } from "./linked-expert-where";

export function jurorAssignmentWhere(userId: string): Prisma.JuryAssignmentWhereInput {
  return { conflictReason: null, expert: linkedExpertWhere(userId) };
}
