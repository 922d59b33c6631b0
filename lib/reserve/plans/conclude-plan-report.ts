// Заключение куратора по годовому отчёту о выполнении ИОМ (November–December, seed 003): an organizer of the
// reserve's region writes it once the member has submitted the report; after it the member can't change the
// report. The curator may correct their conclusion.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import { refuse } from "../../auth/policy/refuse";

export async function concludePlanReport(db: Db, actor: SessionUser | null, input: { planId: string; conclusion: string }) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const plan = await tx.developmentPlan.findFirst({ where: { id: input.planId, candidate: scope } });
    if (!plan) throw refuse(actor, "reserve.manage", "План не найден");
    if (!plan.reportSubmittedAt) throw new AppError("CONFLICT", "Участник ещё не представил годовой отчёт");
    const after = await tx.developmentPlan.update({ where: { id: plan.id }, data: { curatorConclusion: input.conclusion } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "update",
      entity: "DevelopmentPlan",
      entityId: plan.id,
      before: plan,
      after,
    });
    return after;
  });
}
