import "server-only";
import { Prisma } from "@prisma/client";
import { utcTimestamp } from "../../infra/time/utc-timestamp";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeEvents(
  { tx, projectId, newId }: WriteContext,
  events: Bundle["events"],
  ids: { regionId: Map<string, string>; directionId: Map<string, string> },
): Promise<Changed> {
  return inChunks(tx, events, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Event" (id, "projectId", code, title, "regionId", format, "directionId", "startsAt", "endsAt", status, capacity,
                         "publishedAt", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.title, b.region, b.format::"EventFormat", b.direction, b.starts, b.ends,
           b.status::"EventStatus", b.capacity, now(), now()
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          r.code,
          r.title,
          ids.regionId.get(r.regionCode)!,
          r.format,
          ids.directionId.get(r.directionCode)!,
          utcTimestamp(r.startsAt),
          utcTimestamp(r.endsAt),
          r.status,
          r.capacity ?? null,
        ]),
        [
          ["id", "text"],
          ["code", "text"],
          ["title", "text"],
          ["region", "text"],
          ["format", "text"],
          ["direction", "text"],
          ["starts", "timestamp"],
          ["ends", "timestamp"],
          ["status", "text"],
          ["capacity", "int"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET title = EXCLUDED.title, "regionId" = EXCLUDED."regionId", format = EXCLUDED.format, "directionId" = EXCLUDED."directionId",
           "startsAt" = EXCLUDED."startsAt", "endsAt" = EXCLUDED."endsAt", status = EXCLUDED.status, capacity = EXCLUDED.capacity, "updatedAt" = now()
     WHERE ("Event".title, "Event"."regionId", "Event".format, "Event"."directionId", "Event"."startsAt", "Event"."endsAt", "Event".status, "Event".capacity)
           IS DISTINCT FROM (EXCLUDED.title, EXCLUDED."regionId", EXCLUDED.format, EXCLUDED."directionId", EXCLUDED."startsAt", EXCLUDED."endsAt", EXCLUDED.status, EXCLUDED.capacity)
    RETURNING (xmax = 0) AS inserted`),
  );
}
