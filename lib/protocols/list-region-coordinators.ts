// Who can be the responsible coordinator of a region's item: the region's active coordinators, by name.
import "server-only";
import type { DbTx } from "../db/client";

export async function listRegionCoordinators(db: DbTx, regionId: string) {
  return db.user.findMany({
    where: { role: "COORDINATOR", active: true, regions: { some: { regionId } } },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true },
    take: 200,
  });
}
