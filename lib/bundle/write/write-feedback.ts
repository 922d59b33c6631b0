import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeFeedback(
  { tx, newId }: WriteContext,
  feedback: Bundle["feedback"],
  ids: { eventId: Map<string, string>; participantId: Map<string, string> },
): Promise<Changed> {
  return inChunks(tx, feedback, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Feedback" (id, "eventId", "participantId", rating, comment, "updatedAt")
    SELECT b.id, b.event, b.participant, b.rating, b.comment, now()
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          ids.eventId.get(r.eventCode)!,
          ids.participantId.get(r.participantCode)!,
          r.rating,
          r.comment ?? null,
        ]),
        [
          ["id", "text"],
          ["event", "text"],
          ["participant", "text"],
          ["rating", "int"],
          ["comment", "text"],
        ],
      )}
    ON CONFLICT ("eventId", "participantId") DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, "updatedAt" = now()
     WHERE ("Feedback".rating, "Feedback".comment) IS DISTINCT FROM (EXCLUDED.rating, EXCLUDED.comment)
    RETURNING (xmax = 0) AS inserted`),
  );
}
