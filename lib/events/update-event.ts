import type { Db } from "../db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors/app-error";
import { fromLocalInputValue } from "../format/format-date";
import type { EventFormInput } from "./schemas";

/**
 * Изменение мероприятия. The region scope is part of the `where`, so a coordinator can't reach another
 * region's event even with a crafted id; capacity can't drop below the number already registered.
 */
export async function updateEvent(db: Db, actor: SessionUser | null, input: EventFormInput & { id: string }) {
  const user = authorize(actor, "event.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.event.findFirst({
      where: { id: input.id, ...regionWhere(user, "event.manage") },
      include: { region: { select: { timezone: true } } },
    });
    if (!before) throw new AppError("FORBIDDEN", "Мероприятие не найдено среди мероприятий ваших регионов");

    const zone = before.region.timezone;
    const startsAt = fromLocalInputValue(input.startsAt, zone);
    const endsAt = fromLocalInputValue(input.endsAt, zone);
    const fieldErrors: Record<string, string[]> = {};
    if (!startsAt) fieldErrors.startsAt = ["Такой даты нет в календаре"];
    if (!endsAt) fieldErrors.endsAt = ["Такой даты нет в календаре"];
    const direction = await tx.direction.findFirst({ where: { id: input.directionId, projectId: before.projectId } });
    if (!direction) fieldErrors.directionId = ["Выберите направление из списка"];
    if (input.capacity !== null) {
      const registered = await tx.registration.count({ where: { eventId: before.id, status: "registered" } });
      if (input.capacity < registered) {
        fieldErrors.capacity = [`Уже зарегистрировано ${registered}: вместимость не может быть меньше`];
      }
    }
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "Проверьте поля формы", fieldErrors);

    const event = await tx.event.update({
      where: { id: before.id },
      data: {
        title: input.title,
        description: input.description,
        format: input.format,
        directionId: input.directionId,
        startsAt: startsAt!,
        endsAt: endsAt!,
        capacity: input.capacity,
        venue: input.venue,
        address: input.address,
        onlineUrl: input.onlineUrl,
      },
    });
    const { region: _region, ...beforeRecord } = before;
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Event", entityId: event.id, before: beforeRecord, after: event });
    return event;
  });
}
