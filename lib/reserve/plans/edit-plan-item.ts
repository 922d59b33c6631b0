// Правка пункта ИОМ by an organizer of the reserve's region: its kind, content, competency, event and deadline.
// A cancelled item is not edited (restore it by adding a new one); a done item keeps the member's report.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import type { EditPlanItemInput } from "../schemas";
import { refuse } from "../../auth/policy/refuse";

export async function editPlanItem(db: Db, actor: SessionUser | null, input: EditPlanItemInput) {
  const scope = managedCandidateScope(actor);
  const { itemId, ...data } = input;
  return db.$transaction(async (tx) => {
    const item = await tx.developmentPlanItem.findFirst({
      where: { id: itemId, plan: { candidate: scope } },
      include: { plan: { select: { candidate: { select: { reserve: { select: { projectId: true } } } } } } },
    });
    if (!item) throw refuse(actor, "reserve.manage", "Пункт плана не найден");
    if (item.status === "cancelled") throw new AppError("CONFLICT", "Пункт плана отменён");
    const projectId = item.plan.candidate.reserve.projectId;
    if (data.competencyId && !(await tx.competency.count({ where: { id: data.competencyId, projectId } }))) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { competencyId: ["Компетенция не найдена"] });
    }
    if (
      data.kind === "event" &&
      !(await tx.event.count({ where: { id: data.eventId!, projectId, publishedAt: { not: null } } }))
    ) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { eventId: ["Мероприятие не найдено"] });
    }
    const { plan: _plan, ...before } = item;
    const after = await tx.developmentPlanItem.update({
      where: { id: item.id },
      data: { ...data, eventId: data.kind === "event" ? data.eventId : null },
    });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "update",
      entity: "DevelopmentPlanItem",
      entityId: item.id,
      before,
      after,
    });
    return after;
  });
}
