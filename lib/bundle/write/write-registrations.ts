import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

/**
 * A stored registration status as the bundle writes it (export-bundle.ts): pending (заявка) is waitlisted,
 * declined is cancelled. An import that brings back the same bundle status keeps the finer stored one.
 */
const STORED_AS_BUNDLE = Prisma.sql`(CASE "Registration".status WHEN 'pending' THEN 'waitlisted' WHEN 'declined' THEN 'cancelled'
                                      ELSE "Registration".status::text END)::"RegistrationStatus"`;

export function writeRegistrations(
  { tx, newId }: WriteContext,
  registrations: Bundle["registrations"],
  ids: { eventId: Map<string, string>; participantId: Map<string, string> },
): Promise<Changed> {
  return inChunks(tx, registrations, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "Registration" (id, "eventId", "participantId", status, attended, "updatedAt", "cancelledAt")
    SELECT b.id, b.event, b.participant, b.status::"RegistrationStatus", b.attended, now(),
           CASE WHEN b.status = 'cancelled' THEN now() END
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          ids.eventId.get(r.eventCode)!,
          ids.participantId.get(r.participantCode)!,
          r.status,
          r.attended,
        ]),
        [
          ["id", "text"],
          ["event", "text"],
          ["participant", "text"],
          ["status", "text"],
          ["attended", "boolean"],
        ],
      )}
    ON CONFLICT ("eventId", "participantId") DO UPDATE
       SET status = CASE WHEN ${STORED_AS_BUNDLE} = EXCLUDED.status THEN "Registration".status ELSE EXCLUDED.status END,
           attended = EXCLUDED.attended, "updatedAt" = now(),
           "cancelledAt" = CASE WHEN EXCLUDED.status = 'cancelled' THEN coalesce("Registration"."cancelledAt", now()) END
     WHERE (${STORED_AS_BUNDLE}, "Registration".attended) IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.attended)
    RETURNING (xmax = 0) AS inserted`),
  );
}
