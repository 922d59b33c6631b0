// ИОМ на год: the organizer opens a member's plan; a member just included moves on to «проходит развитие»
// in the same transaction (a line in the history says why).
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { applyTransition } from "../apply-transition";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import type { PlanInput } from "../schemas";
import { refuse } from "../../auth/policy/refuse";

export async function createPlan(db: Db, actor: SessionUser | null, input: PlanInput) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const candidate = await tx.reserveCandidate.findFirst({ where: { id: input.candidateId, ...scope } });
    if (!candidate) throw refuse(actor, "reserve.manage", "Кандидат не найден");
    if (candidate.status !== "included" && candidate.status !== "in_development") {
      throw new AppError("CONFLICT", "План развития составляется для включённых в резерв");
    }
    const existing = await tx.developmentPlan.findUnique({
      where: { candidateId_year: { candidateId: candidate.id, year: input.year } },
    });
    if (existing) throw new AppError("CONFLICT", "План на этот год уже есть", { year: ["План на этот год уже есть"] });
    const plan = await tx.developmentPlan.create({ data: input });
    if (candidate.status === "included") {
      await applyTransition(tx, candidate, "in_development", {
        actorId: actor!.id,
        reason: `Составлен ИОМ на ${input.year} год`,
      });
    }
    await writeAudit(tx, { actorId: actor!.id, action: "create", entity: "DevelopmentPlan", entityId: plan.id, after: plan });
    return plan;
  });
}
