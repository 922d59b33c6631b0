// The coordinators of regions as DATA (whom to notify, who may own a task or an assignment item): users
// selected by role, not a check of the signed-in user. Kept here so that role names live in lib/auth only.
import type { Prisma } from "@prisma/client";

export function regionCoordinatorsWhere(
  regionIds: string | string[],
  options: { activeOnly?: boolean } = {},
): Prisma.UserWhereInput {
  const ids = typeof regionIds === "string" ? [regionIds] : regionIds;
  return {
    role: "COORDINATOR",
    ...(options.activeOnly && { active: true }),
    regions: { some: { regionId: { in: ids } } },
  };
}
