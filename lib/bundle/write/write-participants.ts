import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeParticipants(
  { tx, projectId, newId }: WriteContext,
  participants: Bundle["participants"],
  ids: { categoryId: Map<string, string>; regionId: Map<string, string> },
): Promise<Changed> {
  return inChunks(tx, participants, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Participant" (id, "projectId", code, "fullName", email, "categoryId", "regionId", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.name, b.email, b.category, b.region, now()
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          r.code,
          r.fullName,
          r.email ?? null,
          ids.categoryId.get(r.categoryCode)!,
          ids.regionId.get(r.regionCode)!,
        ]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["email", "text"],
          ["category", "text"],
          ["region", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET "fullName" = EXCLUDED."fullName", email = EXCLUDED.email, "categoryId" = EXCLUDED."categoryId", "regionId" = EXCLUDED."regionId", "updatedAt" = now()
     WHERE ("Participant"."fullName", "Participant".email, "Participant"."categoryId", "Participant"."regionId")
           IS DISTINCT FROM (EXCLUDED."fullName", EXCLUDED.email, EXCLUDED."categoryId", EXCLUDED."regionId")
    RETURNING (xmax = 0) AS inserted`),
  );
}
