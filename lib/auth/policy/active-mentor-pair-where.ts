// An active mentoring pair of this user as the mentor: an ended pair gives the former mentor nothing.
import type { Prisma } from "@prisma/client";
import { linkedExpertWhere } from "./linked-expert-where";

export function activeMentorPairWhere(userId: string): Prisma.MentorPairWhereInput {
  return { endedOn: null, expert: linkedExpertWhere(userId) };
}
