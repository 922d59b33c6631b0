import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError, type FieldErrors } from "../infra/errors/app-error";
import {
  checkEventReferences,
  eventColumns,
  EVENT_WITH_LINKS,
  eventExpertsCreate,
  eventInstants,
  gateConflicts,
  newEventCode,
  throwIfInvalid,
} from "./event-write";
import type { CreateEventInput } from "./schemas";

/**
 * Новое мероприятие in one of the regions the user manages (FORBIDDEN otherwise), with a generated code.
 * Saved as a draft unless `publish`. Conflict warnings stop the save until `confirmWarnings`; everything is one transaction with its audit entry.
 */
export async function createEvent(db: Db, actor: SessionUser | null, input: CreateEventInput & { projectId: string }) {
  const user = authorize(actor, "event.manage");
  if (!can(user, "event.manage", { regionId: input.regionId })) {
    throw new AppError("FORBIDDEN", "Создавать мероприятия можно только в своих регионах", {
      regionId: ["Этот регион вам не подчинён"],
    });
  }
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({
      where: { id: input.projectId },
      select: { id: true, year: true, timezone: true },
    });
    if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
    const region = await tx.region.findFirst({
      where: { id: input.regionId, archivedAt: null, projects: { some: { projectId: project.id } } },
      select: { timezone: true },
    });
    const errors: FieldErrors = {};
    if (!region) errors.regionId = ["Выберите регион проекта"];
    const times = eventInstants(input, region?.timezone ?? "UTC", errors);
    await checkEventReferences(tx, project.id, input, errors);
    throwIfInvalid(errors);

    await gateConflicts(
      tx,
      [
        {
          project,
          regionId: input.regionId,
          startsAt: times.startsAt,
          endsAt: times.endsAt,
          venue: input.venue,
          address: input.address,
          expertIds: input.expertIds,
        },
      ],
      input.confirmWarnings,
    );
    const event = await tx.event.create({
      data: {
        projectId: project.id,
        regionId: input.regionId,
        code: newEventCode(times.startsAt, region!.timezone),
        ...eventColumns(input, times),
        targetCategories: { create: [...new Set(input.targetCategoryIds)].map((categoryId) => ({ categoryId })) },
        experts: { create: eventExpertsCreate(input) },
        publishedAt: input.publish ? new Date() : null,
      },
      include: EVENT_WITH_LINKS,
    });
    await writeAudit(tx, { actorId: user.id, action: "create", entity: "Event", entityId: event.id, after: event });
    return event;
  });
}
