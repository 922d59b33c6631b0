// The event whose registrations an organizer works with: ADMIN any, COORDINATOR only of their regions.
// The region scope is part of the query itself (regionWhere), so an out-of-scope event is never read.
import "server-only";
import type { DbTx } from "../db/client";
import { authorize, can, regionWhere, type SessionUser } from "../auth/permissions";
import { AppError } from "../errors/app-error";
import { formatDateTime } from "../time/format-date";

const FORBIDDEN_MESSAGE = "Работать с записями этого мероприятия может только координатор его региона";

/** Loads the event for "registration.manage"; FORBIDDEN for another region, NOT_FOUND when there is none. */
export async function getManagedEvent(tx: DbTx, actor: SessionUser | null, eventId: string) {
  const user = authorize(actor, "registration.manage");
  const event = await tx.event.findFirst({
    where: { id: eventId, ...regionWhere(user, "registration.manage") },
    include: { region: { select: { id: true, name: true, timezone: true } } },
  });
  if (event) return { user, event };
  const exists = await tx.event.count({ where: { id: eventId } });
  throw exists ? new AppError("FORBIDDEN", FORBIDDEN_MESSAGE) : new AppError("NOT_FOUND", "Мероприятие не найдено");
}

/** The same check for an event already locked in a transaction (lock-event.ts). */
export function assertManages(user: SessionUser, event: { regionId: string }) {
  if (!can(user, "registration.manage", { regionId: event.regionId })) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
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
