// Отмена записи (or withdrawing a pending application): frees the seat and gives it to the first person on
// the wait-list, in one transaction;
// the promoted person gets a message (queued in the same transaction).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { notifyRegistration } from "../notifications/enqueue-notification";
import { lockEvent } from "./lock-event";
import { refuse } from "../auth/policy/refuse";

export async function cancelRegistration(db: Db, actor: SessionUser | null, eventId: string, now = new Date()) {
  const user = authorize(actor, "registration.self");
  return db.$transaction(
    async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
      const registration = await tx.registration.findFirst({
        where: { eventId, participant: { userId: user.id }, status: { notIn: ["cancelled", "declined"] } },
      });
      if (!registration) throw refuse(user, "registration.self", "Вы не записаны на это мероприятие");
      if (event.startsAt <= now) throw new AppError("CONFLICT", "Мероприятие уже началось: запись нельзя отменить");

      const cancelled = await tx.registration.update({
        where: { id: registration.id },
        data: { status: "cancelled", attended: false, cancelledAt: now },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "update",
        entity: "Registration",
        entityId: registration.id,
        before: registration,
        after: cancelled,
      });

      let promoted = null;
      if (registration.status === "registered") {
        const next = await tx.registration.findFirst({
          where: { eventId, status: "waitlisted" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        });
        if (next) {
          promoted = await tx.registration.update({ where: { id: next.id }, data: { status: "registered" } });
          await writeAudit(tx, {
            actorId: user.id,
            action: "update",
            entity: "Registration",
            entityId: next.id,
            before: next,
            after: promoted,
          });
          await notifyRegistration(tx, "promoted", promoted);
        }
      }
      return { cancelled, promoted, previousStatus: registration.status };
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
