// The same data query as regionCoordinatorsWhere, from the user–region links (who to notify per region).
import type { Prisma } from "@prisma/client";

export function regionCoordinatorLinksWhere(
  regionIds: string | string[],
  options: { activeOnly?: boolean } = {},
): Prisma.UserRegionWhereInput {
  const ids = typeof regionIds === "string" ? [regionIds] : regionIds;
  return { regionId: { in: ids }, user: { role: "COORDINATOR", ...(options.activeOnly && { active: true }) } };
}
