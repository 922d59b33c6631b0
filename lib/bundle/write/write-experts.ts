import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeExperts(
  { tx, projectId, newId }: WriteContext,
  experts: Bundle["experts"],
  regionId: Map<string, string>,
): Promise<Changed> {
  return inChunks(tx, experts, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Expert" (id, "projectId", code, "fullName", independent, "regionId", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.name, b.independent, b.region, now()
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.fullName, r.independent, r.regionCode ? regionId.get(r.regionCode)! : null]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["independent", "boolean"],
          ["region", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET "fullName" = EXCLUDED."fullName", independent = EXCLUDED.independent, "regionId" = EXCLUDED."regionId", "updatedAt" = now()
     WHERE ("Expert"."fullName", "Expert".independent, "Expert"."regionId") IS DISTINCT FROM (EXCLUDED."fullName", EXCLUDED.independent, EXCLUDED."regionId")
    RETURNING (xmax = 0) AS inserted`),
  );
}
