// Перевод из листа ожидания: the organizer gives a free seat to a chosen wait-listed person (not
// necessarily the first in the queue). Under the event lock, so it can't race registrations or
// cancellations; a full event is refused — free a seat or raise the capacity first.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { notifyRegistration } from "../notifications/enqueue-notification";
import { lockEvent } from "./lock-event";
import { assertManages } from "./managed-event";

export async function promoteFromWaitlist(db: Db, actor: SessionUser | null, registrationId: string) {
  const user = authorize(actor, "registration.manage");
  const found = await db.registration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Запись не найдена");
  return db.$transaction(
    async (tx) => {
      const event = await lockEvent(tx, found.eventId);
      if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
      assertManages(user, event);
      if (event.status === "cancelled")
        throw new AppError("CONFLICT", "Мероприятие отменено: перевод из листа ожидания невозможен");
      const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
      if (registration.status !== "waitlisted") throw new AppError("CONFLICT", "Этот участник не находится в листе ожидания");
      if (event.capacity !== null) {
        const taken = await tx.registration.count({ where: { eventId: event.id, status: "registered" } });
        if (taken >= event.capacity) {
          throw new AppError(
            "CONFLICT",
            `Свободных мест нет (занято ${taken} из ${event.capacity}): освободите место или увеличьте вместимость`,
          );
        }
      }
      const promoted = await tx.registration.update({ where: { id: registration.id }, data: { status: "registered" } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "update",
        entity: "Registration",
        entityId: registration.id,
        before: registration,
        after: promoted,
      });
      await notifyRegistration(tx, "promoted", promoted);
      return promoted;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
