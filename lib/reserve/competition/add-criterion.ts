// Критерий этапа with its weight; the stage must still be open, so closed results never change meaning.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCompetition } from "./managed-competition";
import { refuse } from "../../auth/policy/refuse";

export async function addCriterion(
  db: Db,
  actor: SessionUser | null,
  input: { stageId: string; name: string; weight: number; maxScore: number },
) {
  const scope = managedCompetition(actor);
  return db.$transaction(async (tx) => {
    const stage = await tx.competitionStage.findFirst({ where: { id: input.stageId, competition: scope } });
    if (!stage) throw refuse(actor, "competition.manage", "Этап не найден");
    if (stage.closedAt) throw new AppError("CONFLICT", "Этап уже подведён");
    const criterion = await tx.competitionCriterion.create({ data: input });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "create",
      entity: "CompetitionCriterion",
      entityId: criterion.id,
      after: criterion,
    });
    return criterion;
  });
}
