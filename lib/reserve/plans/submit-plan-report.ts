// Годовой отчёт о выполнении ИОМ (analysed in November–December, seed 003): the member writes it and may
// correct it until the curator has written a conclusion.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { refuse } from "../../auth/policy/refuse";

export async function submitPlanReport(
  db: Db,
  actor: SessionUser | null,
  input: { planId: string; report: string },
  now = new Date(),
) {
  const me = authorize(actor, "reserve.self");
  return db.$transaction(async (tx) => {
    const plan = await tx.developmentPlan.findFirst({
      where: { id: input.planId, candidate: { participant: { userId: me.id } } },
    });
    if (!plan) throw refuse(me, "reserve.self", "План не найден");
    if (plan.curatorConclusion) throw new AppError("CONFLICT", "Куратор уже дал заключение по отчёту");
    const after = await tx.developmentPlan.update({
      where: { id: plan.id },
      data: { report: input.report, reportSubmittedAt: now },
    });
    await writeAudit(tx, { actorId: me.id, action: "update", entity: "DevelopmentPlan", entityId: plan.id, before: plan, after });
    return after;
  });
}
