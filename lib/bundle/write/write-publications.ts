import "server-only";
import { Prisma } from "@prisma/client";
import { utcTimestamp } from "../../infra/time/utc-timestamp";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writePublications(
  { tx, projectId, newId }: WriteContext,
  publications: Bundle["publications"],
  ids: { resourceId: Map<string, string>; regionId: Map<string, string>; eventId: Map<string, string> },
): Promise<Changed> {
  return inChunks(tx, publications, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Publication" (id, "projectId", "resourceId", "regionId", "eventId", url, "publishedAt")
    SELECT b.id, ${projectId}, b.resource, b.region, b.event, b.url, b.published
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          ids.resourceId.get(r.resourceCode)!,
          ids.regionId.get(r.regionCode)!,
          r.eventCode ? ids.eventId.get(r.eventCode)! : null,
          r.url,
          utcTimestamp(r.publishedAt),
        ]),
        [
          ["id", "text"],
          ["resource", "text"],
          ["region", "text"],
          ["event", "text"],
          ["url", "text"],
          ["published", "timestamp"],
        ],
      )}
    ON CONFLICT ("projectId", "resourceId", "regionId", url) DO UPDATE SET "eventId" = EXCLUDED."eventId", "publishedAt" = EXCLUDED."publishedAt"
     WHERE ("Publication"."eventId", "Publication"."publishedAt") IS DISTINCT FROM (EXCLUDED."eventId", EXCLUDED."publishedAt")
    RETURNING (xmax = 0) AS inserted`),
  );
}
