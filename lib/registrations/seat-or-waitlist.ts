import "server-only";
import type { DbTx } from "../infra/db/client";
import type { LockedEvent } from "./lock-event";

/** A free seat gives "registered", a full event the wait-list. Call it under the event lock (lock-event.ts). */
export async function seatOrWaitlist(tx: DbTx, event: Pick<LockedEvent, "id" | "capacity">) {
  if (event.capacity === null) return "registered" as const;
  const registered = await tx.registration.count({ where: { eventId: event.id, status: "registered" } });
  return registered < event.capacity ? ("registered" as const) : ("waitlisted" as const);
}
