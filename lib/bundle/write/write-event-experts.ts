// An event's experts are part of the event: the bundle's list replaces the stored one (links the bundle
// no longer gives are removed from the bundle's events, the new ones inserted).
import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export async function writeEventExperts(
  { tx }: WriteContext,
  events: Bundle["events"],
  ids: { eventId: Map<string, string>; expertId: Map<string, string> },
): Promise<{ received: number; changed: Changed; removed: number }> {
  const links = events.flatMap((e) =>
    [...new Set(e.expertCodes)].map((x) => [ids.eventId.get(e.code)!, ids.expertId.get(x)!] as const),
  );
  const bundleEventIds = events.map((e) => ids.eventId.get(e.code)!);
  const removed = await tx.$executeRaw`
    DELETE FROM "EventExpert" ee
     USING unnest(${bundleEventIds}::text[]) AS touched(id)
     WHERE ee."eventId" = touched.id
       AND NOT EXISTS (SELECT 1 FROM ${rowsOf(links as unknown as string[][], [
         ["event", "text"],
         ["expert", "text"],
       ])}
                        WHERE b.event = ee."eventId" AND b.expert = ee."expertId")`;
  const changed = await inChunks(tx, links, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "EventExpert" ("eventId", "expertId")
    SELECT b.event, b.expert FROM ${rowsOf(rows as unknown as string[][], [
      ["event", "text"],
      ["expert", "text"],
    ])}
    ON CONFLICT DO NOTHING
    RETURNING true AS inserted`),
  );
  return { received: links.length, changed, removed };
}
