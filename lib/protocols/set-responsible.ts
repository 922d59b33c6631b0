// Ответственный координатор пункта поручения: chosen by the federal centre or by the region's own
// coordinators, among the region's active coordinators (or nobody). Audited; the new responsible person
// is told by e-mail.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { assignmentLink } from "./assignment-link";
import { listRegionCoordinators } from "./list-region-coordinators";
import type { ResponsibleInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function setResponsible(db: Db, actor: SessionUser | null, input: ResponsibleInput) {
  const user = authorize(actor, "assignment.assign");
  return db.$transaction(async (tx) => {
    const item = await tx.assignmentItem.findFirst({
      where: { id: input.itemId, ...regionWhere(user, "assignment.assign") },
      include: { assignment: { select: { number: true } } },
    });
    if (!item) throw refuse(user, "assignment.assign", "Поручение не найдено");
    const responsibleId = input.responsibleId || null;
    if (responsibleId && !(await listRegionCoordinators(tx, user, item.regionId)).some((c) => c.id === responsibleId)) {
      const message = "Выберите координатора этого региона";
      throw new AppError("VALIDATION", message, { responsibleId: [message] });
    }
    if (responsibleId === item.responsibleId) return item;
    const after = await tx.assignmentItem.update({ where: { id: item.id }, data: { responsibleId } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "AssignmentItem",
      entityId: item.id,
      before: item,
      after,
    });
    if (responsibleId && responsibleId !== user.id) {
      await enqueueUserMessages(tx, {
        userIds: [responsibleId],
        kind: "assignment_responsible",
        subject: `Вы назначены ответственным по пункту ${item.assignment.number} протокола`,
        body: `Вы назначены ответственным координатором по поручению.\nОтчёт представляется на портале: ${assignmentLink(item.id)}`,
      });
    }
    return after;
  });
}
