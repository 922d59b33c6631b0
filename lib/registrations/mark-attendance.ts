// Отметка о посещении: one registration at a time, or a whole list at once. Only "registered" people,
// only once the event has started, only in the organizer's regions; every change is audited.
//
// Audit choice: one entry per registration whose mark actually changed (entity Registration, before/after
// { attended }), for single and bulk alike. A registration's history then reads the same whichever
// screen changed it, and re-saving an unchanged sheet writes nothing.
import "server-only";
import type { Db, DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { lockEvent } from "./lock-event";
import { assertAttendanceOpen, assertManages } from "./managed-event";
import { enqueueFeedbackInvitations } from "../surveys/enqueue-feedback-invitations";

const TX = { timeout: 20_000, maxWait: 20_000 };
const NOT_REGISTERED = "Отметить посещение можно только у записанных участников (не из листа ожидания и не отменивших запись)";

export async function markAttendance(
  db: Db,
  actor: SessionUser | null,
  registrationId: string,
  attended: boolean,
  now = new Date(),
) {
  const user = authorize(actor, "registration.manage");
  const found = await db.registration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Запись не найдена");
  return db.$transaction(async (tx) => {
    await openEvent(tx, user, found.eventId, now);
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
    if (registration.status !== "registered") throw new AppError("CONFLICT", NOT_REGISTERED);
    if (registration.attended === attended) return { registration, changed: false };
    const updated = await tx.registration.update({ where: { id: registration.id }, data: { attended } });
    await audit(tx, user, registration.id, registration.attended, attended);
    if (attended) await enqueueFeedbackInvitations(tx, { eventId: found.eventId, now });
    return { registration: updated, changed: true };
  }, TX);
}

export type AttendanceList = {
  eventId: string;
  /** Registrations that attended. */
  attendedIds: string[];
  /**
   * The registrations the list covers (e.g. the rows of one page); those of them not in `attendedIds`
   * become "not attended". Omitted: every registered person of the event.
   */
  scopeIds?: string[];
};

/** Marks by list in one transaction: `attendedIds` attended, the rest of the scope not attended. */
export async function markAttendanceByList(db: Db, actor: SessionUser | null, list: AttendanceList, now = new Date()) {
  const user = authorize(actor, "registration.manage");
  const attended = new Set(list.attendedIds);
  const scope = list.scopeIds ? new Set([...list.scopeIds, ...list.attendedIds]) : null;
  return db.$transaction(async (tx) => {
    await openEvent(tx, user, list.eventId, now);
    const all = await tx.registration.findMany({
      where: { eventId: list.eventId, ...(scope && { id: { in: [...scope] } }) },
      select: { id: true, status: true, attended: true },
    });
    const known = new Map(all.map((r) => [r.id, r]));
    // every name on the list must be a registered person of this event; the rest of the scope may be anything
    if (list.attendedIds.some((id) => !known.has(id)))
      throw new AppError("BAD_REQUEST", "В списке есть записи другого мероприятия");
    if (list.attendedIds.some((id) => known.get(id)!.status !== "registered")) throw new AppError("CONFLICT", NOT_REGISTERED);

    const registered = all.filter((r) => r.status === "registered");
    const toMark = registered.filter((r) => attended.has(r.id) && !r.attended).map((r) => r.id);
    const toUnmark = registered.filter((r) => !attended.has(r.id) && r.attended).map((r) => r.id);
    if (toMark.length) await tx.registration.updateMany({ where: { id: { in: toMark } }, data: { attended: true } });
    if (toUnmark.length) await tx.registration.updateMany({ where: { id: { in: toUnmark } }, data: { attended: false } });
    for (const id of toMark) await audit(tx, user, id, false, true);
    for (const id of toUnmark) await audit(tx, user, id, true, false);
    // a held event's new attendees are invited to the feedback form at once
    if (toMark.length) await enqueueFeedbackInvitations(tx, { eventId: list.eventId, now });
    return { marked: toMark.length, unmarked: toUnmark.length, attended: registered.filter((r) => attended.has(r.id)).length };
  }, TX);
}

/** Locks the event (a cancellation can't clear a mark mid-way) and checks region and start. */
async function openEvent(tx: DbTx, user: SessionUser, eventId: string, now: Date) {
  const event = await lockEvent(tx, eventId);
  if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
  assertManages(user, event);
  const region = await tx.region.findUniqueOrThrow({ where: { id: event.regionId }, select: { timezone: true } });
  assertAttendanceOpen(event, region.timezone, now);
  return event;
}

function audit(tx: DbTx, user: SessionUser, registrationId: string, before: boolean, after: boolean) {
  return writeAudit(tx, {
    actorId: user.id,
    action: "update",
    entity: "Registration",
    entityId: registrationId,
    before: { attended: before },
    after: { attended: after },
  });
}
