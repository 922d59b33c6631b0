// Candidates this user mentors now («active mentor»): the relation scope of reserve.mentor and of the
// expert's reserve.assess.
import type { Prisma } from "@prisma/client";
import { activeMentorPairWhere } from "./active-mentor-pair-where";

export function activeMentorWhere(userId: string): Prisma.ReserveCandidateWhereInput {
  return { mentorPairs: { some: activeMentorPairWhere(userId) } };
}
