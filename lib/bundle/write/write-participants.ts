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
       -- an anonymised person (152-ФЗ) keeps the erased name and e-mail: a re-import must not bring them back
       SET "fullName" = CASE WHEN "Participant"."anonymizedAt" IS NULL THEN EXCLUDED."fullName" ELSE "Participant"."fullName" END,
           email = CASE WHEN "Participant"."anonymizedAt" IS NULL THEN EXCLUDED.email ELSE "Participant".email END,
           "categoryId" = EXCLUDED."categoryId", "regionId" = EXCLUDED."regionId", "updatedAt" = now()
     WHERE ("Participant"."categoryId", "Participant"."regionId") IS DISTINCT FROM (EXCLUDED."categoryId", EXCLUDED."regionId")
        OR ("Participant"."anonymizedAt" IS NULL
            AND ("Participant"."fullName", "Participant".email) IS DISTINCT FROM (EXCLUDED."fullName", EXCLUDED.email))
    RETURNING (xmax = 0) AS inserted`),
  );
}
