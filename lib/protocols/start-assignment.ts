// «Взять в работу»: the region's coordinator marks an issued (or returned) item as in progress.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { refuse } from "../auth/policy/refuse";

export async function startAssignment(db: Db, actor: SessionUser | null, itemId: string) {
  const user = authorize(actor, "assignment.report");
  return db.$transaction(async (tx) => {
    const item = await tx.assignmentItem.findFirst({ where: { id: itemId, ...regionWhere(user, "assignment.report") } });
    if (!item) throw refuse(user, "assignment.report", "Поручение не найдено");
    if (item.status !== "issued" && item.status !== "returned") {
      throw new AppError("CONFLICT", "Поручение уже в работе или по нему представлен отчёт");
    }
    const updated = await tx.assignmentItem.update({ where: { id: item.id }, data: { status: "in_progress" } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "AssignmentItem",
      entityId: item.id,
      before: item,
      after: updated,
    });
    return updated;
  });
}
