import "server-only";
import type { DbTx } from "../infra/db/client";

export type LockedEvent = {
  id: string;
  projectId: string;
  regionId: string;
  status: "planned" | "held" | "cancelled";
  capacity: number | null;
  startsAt: Date;
  registrationDeadline: Date | null;
  requiresApproval: boolean;
  publishedAt: Date | null;
};

/**
 * Locks the event row for the rest of the transaction (SELECT … FOR UPDATE): registrations and
 * cancellations of one event run one after another, so seats are never given twice.
 */
export async function lockEvent(tx: DbTx, eventId: string): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT "id", "projectId", "regionId", "status"::text AS "status", "capacity", "startsAt", "registrationDeadline",
           "requiresApproval", "publishedAt"
    FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  return rows[0] ?? null;
}
