// Candidates this user judges («juror»): an entry of theirs assigned without a conflict.
import type { Prisma } from "@prisma/client";
import { jurorAssignmentWhere } from "./juror-assignment-where";

export function jurorWhere(userId: string): Prisma.ReserveCandidateWhereInput {
  return { entries: { some: { jury: { some: jurorAssignmentWhere(userId) } } } };
}
