// Шаблон циклограммы: an organizer of the region adds or edits a recurring activity, or archives it (an
// archived activity generates no new tasks; the tasks already generated stay).
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { checkTaskOwner } from "./check-task-owner";
import type { ActivityInput } from "./schemas";

export async function saveCyclogramActivity(db: Db, actor: SessionUser | null, input: ActivityInput, now = new Date()) {
  const me = authorize(actor, "cyclogram.manage", { regionId: input.regionId });
  const { id, archived, ...data } = input;
  return db.$transaction(async (tx) => {
    const region = await tx.projectRegion.findUnique({
      where: { projectId_regionId: { projectId: input.projectId, regionId: input.regionId } },
    });
    if (!region) throw new AppError("VALIDATION", "Проверьте поля формы", { regionId: ["Регион не участвует в проекте"] });
    await checkTaskOwner(tx, data.ownerUserId, data.regionId);
    const before = id
      ? await tx.cyclogramActivity.findFirst({
          where: { id, projectId: input.projectId, ...regionWhere(me, "cyclogram.manage") },
        })
      : null;
    if (id && !before) throw new AppError("NOT_FOUND", "Мероприятие циклограммы не найдено");
    const archivedAt = archived ? (before?.archivedAt ?? now) : null;
    const after = before
      ? await tx.cyclogramActivity.update({ where: { id: before.id }, data: { ...data, archivedAt } })
      : await tx.cyclogramActivity.create({
          data: { ...data, archivedAt, position: await tx.cyclogramActivity.count({ where: { regionId: data.regionId } }) },
        });
    await writeAudit(tx, {
      actorId: me.id,
      action: before ? "update" : "create",
      entity: "CyclogramActivity",
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}
