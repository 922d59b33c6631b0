// Portal accounts an expert card may be linked to (data, not a check of the signed-in user): expert users.
import type { Prisma } from "@prisma/client";

export function expertAccountsWhere(): Prisma.UserWhereInput {
  return { role: "EXPERT" };
}
