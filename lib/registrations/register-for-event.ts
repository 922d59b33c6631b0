// Запись на мероприятие: a free seat gives "registered", a full event the wait-list; an event that
// requires approval takes an application (pending) that the organizer decides on. Idempotent:
// a double click or a retry returns the existing registration instead of creating a second one.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { notifyRegistration } from "../notifications/enqueue-notification";
import { lockEvent } from "./lock-event";
import { seatOrWaitlist } from "./seat-or-waitlist";
import { waitlistPosition } from "./waitlist-position";

const NOTICE = { pending: "application_received", registered: "registration_confirmed", waitlisted: "waitlisted" } as const;

export async function registerForEvent(db: Db, actor: SessionUser | null, eventId: string, now = new Date()) {
  const user = authorize(actor, "registration.self");
  return db.$transaction(
    async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
      const participant = await tx.participant.findUnique({
        where: { projectId_userId: { projectId: event.projectId, userId: user.id } },
      });
      if (!participant) throw new AppError("FORBIDDEN", "Запись доступна участникам проекта: зарегистрируйтесь как участник");

      const existing = await tx.registration.findUnique({
        where: { eventId_participantId: { eventId, participantId: participant.id } },
      });
      if (existing?.status === "declined") {
        throw new AppError("CONFLICT", "Организатор отклонил вашу заявку на это мероприятие");
      }
      if (existing && existing.status !== "cancelled") {
        return { registration: existing, position: await waitlistPosition(tx, existing) };
      }
      if (!event.publishedAt) throw refuse(user, "registration.self", "Мероприятие не найдено"); // a draft
      if (event.status !== "planned") throw new AppError("CONFLICT", "Запись закрыта: мероприятие уже проведено или отменено");
      if (event.startsAt <= now) throw new AppError("CONFLICT", "Запись закрыта: мероприятие уже началось");
      if (event.registrationDeadline && event.registrationDeadline < now) {
        throw new AppError("CONFLICT", "Срок записи на это мероприятие истёк");
      }
      const targets = await tx.eventCategory.findMany({ where: { eventId }, select: { categoryId: true } });
      if (targets.length && !targets.some((t) => t.categoryId === participant.categoryId)) {
        throw new AppError("FORBIDDEN", "Мероприятие предназначено для других категорий участников");
      }

      const status = event.requiresApproval ? "pending" : await seatOrWaitlist(tx, event);
      // a cancelled registration is reused; its time becomes the new place in the queue
      const registration = existing
        ? await tx.registration.update({
            where: { id: existing.id },
            data: { status, attended: false, cancelledAt: null, createdAt: now },
          })
        : await tx.registration.create({ data: { eventId, participantId: participant.id, status, createdAt: now } });
      await writeAudit(tx, {
        actorId: user.id,
        action: existing ? "update" : "create",
        entity: "Registration",
        entityId: registration.id,
        before: existing ?? undefined,
        after: registration,
      });
      const position = await waitlistPosition(tx, registration);
      await notifyRegistration(tx, NOTICE[status], registration, { position });
      return { registration, position };
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
