// Regions are shared by projects: upserted by their global code, then linked to this project.
import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

/** Writes the regions and links them; returns what changed and code → id of the project's regions. */
export async function writeRegions(
  { tx, projectId, newId }: WriteContext,
  regions: Bundle["regions"],
): Promise<{ changed: Changed; regionId: Map<string, string> }> {
  const changed = await inChunks(tx, regions, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Region" (id, code, name, timezone)
    SELECT b.id, b.code, b.name, b.tz
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.name, r.timezone]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["tz", "text"],
        ],
      )}
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, timezone = EXCLUDED.timezone
     WHERE ("Region".name, "Region".timezone) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.timezone)
    RETURNING (xmax = 0) AS inserted`),
  );
  await tx.$executeRaw`
    INSERT INTO "ProjectRegion" ("projectId", "regionId")
    SELECT ${projectId}, r.id FROM "Region" r WHERE r.code = ANY(${regions.map((r) => r.code)}::text[])
    ON CONFLICT DO NOTHING`;
  const regionRows = await tx.$queryRaw<{ code: string; id: string }[]>`
    SELECT r.code, r.id FROM "Region" r JOIN "ProjectRegion" pr ON pr."regionId" = r.id WHERE pr."projectId" = ${projectId}`;
  return { changed, regionId: new Map(regionRows.map((r) => [r.code, r.id])) };
}
