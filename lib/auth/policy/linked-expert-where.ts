// «Linked expert»: the expert card joined to this portal user. Every relation scope of an expert
// (speaker of an event, mentor, juror, author of a conclusion) starts from it.
import type { Prisma } from "@prisma/client";

export function linkedExpertWhere(userId: string): Prisma.ExpertWhereInput {
  return { userId };
}
