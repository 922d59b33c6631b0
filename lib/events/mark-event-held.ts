import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { enqueueFeedbackInvitations } from "../surveys/enqueue-feedback-invitations";
import { refuse } from "../auth/policy/refuse";

/** «Отметить как проведённое»: only a planned event of the user's regions whose start has passed. */
export async function markEventHeld(db: Db, actor: SessionUser | null, id: string, now = new Date()) {
  const user = authorize(actor, "event.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.event.findFirst({ where: { id, ...regionWhere(user, "event.manage") } });
    if (!before) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
    if (before.status !== "planned") {
      throw new AppError(
        "CONFLICT",
        before.status === "held"
          ? "Мероприятие уже отмечено как проведённое"
          : "Отменённое мероприятие нельзя отметить проведённым",
      );
    }
    if (!before.publishedAt) throw new AppError("CONFLICT", "Черновик нельзя отметить проведённым: сначала опубликуйте его");
    if (before.startsAt > now)
      throw new AppError("CONFLICT", "Мероприятие ещё не началось: отметить его проведённым можно после начала");
    const { count } = await tx.event.updateMany({
      where: { id, status: "planned", startsAt: { lte: now } },
      data: { status: "held" },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Статус мероприятия изменился, обновите страницу");
    const event = await tx.event.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Event", entityId: id, before, after: event });
    // attendees marked already are invited to the feedback form (анкета) now
    await enqueueFeedbackInvitations(tx, { eventId: id, now });
    return event;
  });
}
