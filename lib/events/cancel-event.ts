import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { notifyRegistrants } from "../notifications/enqueue-notification";
import { cancelEventSchema } from "./schemas";
import { refuse } from "../auth/policy/refuse";

/**
 * Отмена мероприятия с указанием причины: only a planned event of the user's regions (the scope is in
 * the `where`). Everyone registered or wait-listed gets a message with the reason, in the same transaction.
 */
export async function cancelEvent(db: Db, actor: SessionUser | null, raw: { id: string; cancelReason: string }) {
  const user = authorize(actor, "event.manage");
  const parsed = cancelEventSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Укажите причину отмены", { cancelReason: [parsed.error.issues[0].message] });
  }
  const { id, cancelReason } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.event.findFirst({ where: { id, ...regionWhere(user, "event.manage") } });
    if (!before) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
    if (before.status !== "planned") {
      throw new AppError(
        "CONFLICT",
        before.status === "cancelled" ? "Мероприятие уже отменено" : "Проведённое мероприятие нельзя отменить",
      );
    }
    // the status in the where: a concurrent cancel or "held" can't be overwritten
    const { count } = await tx.event.updateMany({
      where: { id, status: "planned" },
      data: { status: "cancelled", cancelReason },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Статус мероприятия изменился, обновите страницу");
    const event = await tx.event.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Event", entityId: id, before, after: event });
    await notifyRegistrants(tx, { kind: "event_cancelled", eventId: id, where: { status: { not: "cancelled" } } });
    return event;
  });
}
