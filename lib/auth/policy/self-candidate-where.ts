// The reserve member's own candidacy («self»): the candidate whose participant card is this user's.
import type { Prisma } from "@prisma/client";

export function selfCandidateWhere(userId: string): Prisma.ReserveCandidateWhereInput {
  return { participant: { userId } };
}
