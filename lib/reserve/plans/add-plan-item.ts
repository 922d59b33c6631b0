// Пункт ИОМ: an event of the portal (the member registers from the plan), an internship, a mentoring
// session, a course or a task, with a deadline and the competency it develops.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import type { PlanItemInput } from "../schemas";
import { refuse } from "../../auth/policy/refuse";

export async function addPlanItem(db: Db, actor: SessionUser | null, input: PlanItemInput) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const plan = await tx.developmentPlan.findFirst({
      where: { id: input.planId, candidate: scope },
      include: { candidate: { include: { reserve: true } } },
    });
    if (!plan) throw refuse(actor, "reserve.manage", "План не найден");
    const projectId = plan.candidate.reserve.projectId;
    if (input.competencyId && !(await tx.competency.count({ where: { id: input.competencyId, projectId } }))) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { competencyId: ["Компетенция не найдена"] });
    }
    if (
      input.kind === "event" &&
      !(await tx.event.count({ where: { id: input.eventId!, projectId, publishedAt: { not: null } } }))
    ) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { eventId: ["Мероприятие не найдено"] });
    }
    const position = await tx.developmentPlanItem.count({ where: { planId: plan.id } });
    const item = await tx.developmentPlanItem.create({
      data: { ...input, eventId: input.kind === "event" ? input.eventId : null, position },
    });
    await writeAudit(tx, { actorId: actor!.id, action: "create", entity: "DevelopmentPlanItem", entityId: item.id, after: item });
    return item;
  });
}
