import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { refuse } from "../auth/policy/refuse";

/** «Опубликовать»: a draft of the user's regions becomes visible to participants and open for registration. */
export async function publishEvent(db: Db, actor: SessionUser | null, id: string, now = new Date()) {
  const user = authorize(actor, "event.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.event.findFirst({ where: { id, ...regionWhere(user, "event.manage") } });
    if (!before) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
    if (before.publishedAt) throw new AppError("CONFLICT", "Мероприятие уже опубликовано");
    if (before.status !== "planned") throw new AppError("CONFLICT", "Опубликовать можно только запланированное мероприятие");
    // the condition in the update makes a second, concurrent click a no-op instead of a second audit entry
    const { count } = await tx.event.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now } });
    if (count !== 1) throw new AppError("CONFLICT", "Мероприятие уже опубликовано");
    const event = await tx.event.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Event", entityId: id, before, after: event });
    return event;
  });
}
