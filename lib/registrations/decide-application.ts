// Решение по заявке: when an event requires approval, the organizer approves an application (it takes a
// free seat or, when the event is full, a place on the wait-list by the time it was filed) or declines
// it with a reason. Under the event lock, like every change of seats; the participant is told by e-mail.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { notifyRegistration } from "../notifications/enqueue-notification";
import { lockEvent } from "./lock-event";
import { assertManages } from "./managed-event";
import { seatOrWaitlist } from "./seat-or-waitlist";
import { waitlistPosition } from "./waitlist-position";

export type ApplicationDecision = { decision: "approve" } | { decision: "decline"; reason: string };

export async function decideApplication(db: Db, actor: SessionUser | null, registrationId: string, choice: ApplicationDecision) {
  const user = authorize(actor, "registration.manage");
  const found = await db.registration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Заявка не найдена");
  return db.$transaction(
    async (tx) => {
      const event = await lockEvent(tx, found.eventId);
      if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
      assertManages(user, event);
      if (event.status !== "planned")
        throw new AppError("CONFLICT", "Мероприятие уже проведено или отменено: заявки не рассматриваются");
      const before = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
      if (before.status !== "pending") {
        throw new AppError("CONFLICT", "Заявка уже рассмотрена или отозвана участником: обновите страницу");
      }
      const after =
        choice.decision === "approve"
          ? await tx.registration.update({ where: { id: before.id }, data: { status: await seatOrWaitlist(tx, event) } })
          : await tx.registration.update({
              where: { id: before.id },
              data: { status: "declined", declineReason: choice.reason },
            });
      await writeAudit(tx, {
        actorId: user.id,
        action: "update",
        entity: "Registration",
        entityId: before.id,
        before,
        after,
      });
      const position = await waitlistPosition(tx, after);
      const kind =
        after.status === "registered"
          ? "registration_confirmed"
          : after.status === "waitlisted"
            ? "waitlisted"
            : "application_declined";
      await notifyRegistration(tx, kind, after, { position, reason: after.declineReason });
      return { registration: after, position };
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
