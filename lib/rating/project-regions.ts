import "server-only";
import type { DbTx } from "../infra/db/client";

/** The project's regions (archived ones too: a past month must still show them), by name. */
export function projectRegions(db: DbTx, projectId: string) {
  return db.region.findMany({
    where: { projects: { some: { projectId } } },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
