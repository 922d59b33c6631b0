// The event whose registrations an organizer works with: ADMIN any, COORDINATOR only of their regions.
// The region scope is part of the query itself (regionWhere), so an out-of-scope event is never read.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { authorize, can, regionWhere, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { refuse } from "../auth/policy/refuse";
import { formatDateTime } from "../infra/time/format-date";

const NOT_MANAGED = "Мероприятие не найдено среди мероприятий ваших регионов";

/** Loads the event for "registration.manage"; another region's, or none, is «not found» (the refusal rule). */
export async function getManagedEvent(tx: DbTx, actor: SessionUser | null, eventId: string) {
  const user = authorize(actor, "registration.manage");
  const event = await tx.event.findFirst({
    where: { id: eventId, ...regionWhere(user, "registration.manage") },
    include: { region: { select: { id: true, name: true, timezone: true } } },
  });
  if (event) return { user, event };
  throw refuse(user, "registration.manage", NOT_MANAGED);
}

/** The same check for an event already locked in a transaction (lock-event.ts). */
export function assertManages(user: SessionUser, event: { regionId: string }) {
  if (!can(user, "registration.manage", { regionId: event.regionId })) throw refuse(user, "registration.manage", NOT_MANAGED);
}

/** Attendance can be marked once the event has started, and never for a cancelled one. */
export function assertAttendanceOpen(event: { status: string; startsAt: Date }, timeZone: string, now: Date) {
  if (event.status === "cancelled") throw new AppError("CONFLICT", "Мероприятие отменено: отметки о посещении не ведутся");
  if (event.startsAt > now) {
    throw new AppError(
      "CONFLICT",
      `Мероприятие ещё не началось: отметить посещение можно после его начала (${formatDateTime(event.startsAt, timeZone)})`,
    );
  }
}
