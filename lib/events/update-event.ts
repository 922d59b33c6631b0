import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { type FieldErrors } from "../infra/errors/app-error";
import {
  checkEventReferences,
  eventColumns,
  EVENT_WITH_LINKS,
  eventExpertsCreate,
  eventInstants,
  gateConflicts,
  throwIfInvalid,
} from "./event-write";
import { notifyRegistrants } from "../notifications/enqueue-notification";
import type { UpdateEventInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

/**
 * Изменение мероприятия. The region scope is part of the `where`, so a coordinator can't reach another
 * region's event even with a crafted id; capacity can't drop below the number already registered;
 * conflict warnings stop the save until `confirmWarnings`. When the time or the place changes, the
 * registered and wait-listed participants get a message (queued in the same transaction).
 */
export async function updateEvent(db: Db, actor: SessionUser | null, input: UpdateEventInput) {
  const user = authorize(actor, "event.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.event.findFirst({
      where: { id: input.id, ...regionWhere(user, "event.manage") },
      include: {
        region: { select: { timezone: true } },
        project: { select: { id: true, year: true, timezone: true } },
        ...EVENT_WITH_LINKS,
      },
    });
    if (!before) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");

    const errors: FieldErrors = {};
    const times = eventInstants(input, before.region.timezone, errors);
    await checkEventReferences(tx, before.projectId, input, errors);
    if (input.capacity !== null) {
      const registered = await tx.registration.count({ where: { eventId: before.id, status: "registered" } });
      if (input.capacity < registered) {
        errors.capacity = [`Уже зарегистрировано ${registered}: вместимость не может быть меньше`];
      }
    }
    throwIfInvalid(errors);

    await gateConflicts(
      tx,
      [
        {
          project: before.project,
          eventId: before.id,
          regionId: before.regionId,
          ...times,
          venue: input.venue,
          address: input.address,
          expertIds: input.expertIds,
        },
      ],
      input.confirmWarnings,
    );
    await tx.eventCategory.deleteMany({ where: { eventId: before.id } });
    await tx.eventExpert.deleteMany({ where: { eventId: before.id } });
    const event = await tx.event.update({
      where: { id: before.id },
      data: {
        ...eventColumns(input, times),
        targetCategories: { create: [...new Set(input.targetCategoryIds)].map((categoryId) => ({ categoryId })) },
        experts: { create: eventExpertsCreate(input) },
      },
      include: EVENT_WITH_LINKS,
    });
    const { region: _region, project: _project, ...beforeRecord } = before;
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "Event",
      entityId: event.id,
      before: beforeRecord,
      after: event,
    });
    if (timeOrPlaceChanged(before, event) && event.status === "planned") {
      await notifyRegistrants(tx, {
        kind: "event_changed",
        eventId: event.id,
        where: { status: { in: ["registered", "waitlisted"] } },
      });
    }
    return event;
  });
}

type TimeAndPlace = { startsAt: Date; endsAt: Date; venue: string | null; address: string | null; onlineUrl: string | null };

/** Did what a participant needs to arrive change: start, end, venue, address or online link? */
export function timeOrPlaceChanged(before: TimeAndPlace, after: TimeAndPlace): boolean {
  const text = (v: string | null) => v?.trim() || null;
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    text(before.venue) !== text(after.venue) ||
    text(before.address) !== text(after.address) ||
    text(before.onlineUrl) !== text(after.onlineUrl)
  );
}
