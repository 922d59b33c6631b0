import "server-only";
import type { DbTx } from "../infra/db/client";

/** Место в листе ожидания (1 = next to get a seat), or null when not wait-listed. */
export async function waitlistPosition(
  tx: DbTx,
  registration: { id: string; eventId: string; status: string; createdAt: Date },
): Promise<number | null> {
  if (registration.status !== "waitlisted") return null;
  const ahead = await tx.registration.count({
    where: {
      eventId: registration.eventId,
      status: "waitlisted",
      OR: [{ createdAt: { lt: registration.createdAt } }, { createdAt: registration.createdAt, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}
