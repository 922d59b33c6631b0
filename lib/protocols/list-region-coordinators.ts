// Who can be the responsible coordinator of a region's item: the region's active coordinators, by name.
// Only for whoever may choose one there (assignment.assign in the item's region).
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import { regionCoordinatorsWhere } from "../auth/policy/region-coordinators-where";
import type { DbTx } from "../infra/db/client";

export async function listRegionCoordinators(db: DbTx, actor: SessionUser | null, regionId: string) {
  authorize(actor, "assignment.assign", { regionId });
  return db.user.findMany({
    where: regionCoordinatorsWhere(regionId, { activeOnly: true }),
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true },
    take: 200,
  });
}
