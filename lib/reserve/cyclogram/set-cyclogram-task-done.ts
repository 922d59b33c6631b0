// Отметка о выполнении задачи циклограммы (or taking it back) by an organizer of the task's region.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { refuse } from "../../auth/policy/refuse";

export async function setCyclogramTaskDone(
  db: Db,
  actor: SessionUser | null,
  input: { id: string; done: boolean },
  now = new Date(),
) {
  const me = authorize(actor, "cyclogram.manage");
  return db.$transaction(async (tx) => {
    const task = await tx.cyclogramTask.findFirst({
      where: { id: input.id, activity: regionWhere(me, "cyclogram.manage") },
    });
    if (!task) throw refuse(me, "cyclogram.manage", "Задача не найдена");
    const after = await tx.cyclogramTask.update({
      where: { id: task.id },
      data: input.done ? { doneAt: task.doneAt ?? now, doneById: task.doneById ?? me.id } : { doneAt: null, doneById: null },
    });
    await writeAudit(tx, { actorId: me.id, action: "update", entity: "CyclogramTask", entityId: task.id, before: task, after });
    return after;
  });
}
