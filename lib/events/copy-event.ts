// Копирование мероприятия и серия: new planned events with the same fields, targets and experts, new
// codes, times moved to another local date in the region's zone. Registrations are never copied.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db, DbTx } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { EVENT_WITH_LINKS, gateConflicts, newEventCode, shiftLocal } from "./event-write";
import type { ConflictQuery } from "./find-event-conflicts";
import { refuse } from "../auth/policy/refuse";

export type SourceEvent = Prisma.EventGetPayload<{
  include: {
    region: { select: { timezone: true } };
    project: { select: { id: true; year: true; timezone: true } };
    targetCategories: { select: { categoryId: true } };
    experts: { select: { expertId: true; role: true } };
  };
}>;

/** The source event, only within the user's regions. */
export async function loadSourceEvent(tx: DbTx, user: SessionUser, id: string): Promise<SourceEvent> {
  const source = await tx.event.findFirst({
    where: { id, ...regionWhere(user, "event.manage") },
    include: {
      region: { select: { timezone: true } },
      project: { select: { id: true, year: true, timezone: true } },
      ...EVENT_WITH_LINKS,
    },
  });
  if (!source) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
  return source;
}

/** Start, end and deadline of a copy starting on another local date at the same local time. */
export function copyTimes(source: SourceEvent, to: { days: number } | { day: string }) {
  const zone = source.region.timezone;
  const startsAt = shiftLocal(source.startsAt, zone, to);
  const delta = startsAt.getTime() - source.startsAt.getTime();
  return {
    startsAt,
    endsAt: new Date(source.endsAt.getTime() + delta),
    registrationDeadline: source.registrationDeadline ? new Date(source.registrationDeadline.getTime() + delta) : null,
  };
}

export function conflictQuery(source: SourceEvent, times: { startsAt: Date; endsAt: Date }): ConflictQuery {
  return {
    project: source.project,
    regionId: source.regionId,
    ...times,
    venue: source.venue,
    address: source.address,
    expertIds: source.experts.map((e) => e.expertId),
  };
}

/** Writes one copy with its audit entry (inside the caller's transaction). */
export async function insertCopy(tx: DbTx, user: SessionUser, source: SourceEvent, times: ReturnType<typeof copyTimes>) {
  const event = await tx.event.create({
    data: {
      projectId: source.projectId,
      regionId: source.regionId,
      code: newEventCode(times.startsAt, source.region.timezone),
      title: source.title,
      description: source.description,
      format: source.format,
      directionId: source.directionId,
      ...times,
      capacity: source.capacity,
      venue: source.venue,
      address: source.address,
      onlineUrl: source.onlineUrl,
      requiresApproval: source.requiresApproval,
      targetCategories: { create: source.targetCategories.map(({ categoryId }) => ({ categoryId })) },
      experts: { create: source.experts.map(({ expertId, role }) => ({ expertId, role })) },
      // a copy of a published event is published; a draft's copy stays a draft
      publishedAt: source.publishedAt ? new Date() : null,
    },
    include: EVENT_WITH_LINKS,
  });
  await writeAudit(tx, {
    actorId: user.id,
    action: "create",
    entity: "Event",
    entityId: event.id,
    after: { ...event, copiedFrom: source.id },
  });
  return event;
}

/** «Копировать»: one planned copy starting on the local date `date` (yyyy-mm-dd) at the source's local time. */
export async function copyEvent(
  db: Db,
  actor: SessionUser | null,
  input: { id: string; date: string; confirmWarnings: boolean },
) {
  const user = authorize(actor, "event.manage");
  return db.$transaction(async (tx) => {
    const source = await loadSourceEvent(tx, user, input.id);
    const times = copyTimes(source, { day: input.date });
    await gateConflicts(tx, [conflictQuery(source, times)], input.confirmWarnings);
    return insertCopy(tx, user, source, times);
  });
}
