// Передача задачи циклограммы другому ответственному (a coordinator of the region, or nobody: then the region's
// coordinators get its reminders). Only this year's task changes; the template keeps its owner.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { checkTaskOwner } from "./check-task-owner";
import { refuse } from "../../auth/policy/refuse";

export async function setCyclogramTaskOwner(
  db: Db,
  actor: SessionUser | null,
  input: { id: string; ownerUserId: string | null },
) {
  const me = authorize(actor, "cyclogram.manage");
  return db.$transaction(async (tx) => {
    const task = await tx.cyclogramTask.findFirst({
      where: { id: input.id, activity: regionWhere(me, "cyclogram.manage") },
      include: { activity: { select: { regionId: true } } },
    });
    if (!task) throw refuse(me, "cyclogram.manage", "Задача не найдена");
    await checkTaskOwner(tx, input.ownerUserId, task.activity.regionId);
    const { activity: _activity, ...before } = task;
    const after = await tx.cyclogramTask.update({ where: { id: task.id }, data: { ownerUserId: input.ownerUserId } });
    await writeAudit(tx, { actorId: me.id, action: "update", entity: "CyclogramTask", entityId: task.id, before, after });
    return after;
  });
}
