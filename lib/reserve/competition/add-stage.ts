// Этап конкурса, appended after the others; not once the competition is closed.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCompetition } from "./managed-competition";
import { refuse } from "../../auth/policy/refuse";

export async function addStage(
  db: Db,
  actor: SessionUser | null,
  input: { competitionId: string; name: string; passThreshold: number },
) {
  const scope = managedCompetition(actor);
  return db.$transaction(async (tx) => {
    const competition = await tx.competition.findFirst({ where: { id: input.competitionId, ...scope } });
    if (!competition) throw refuse(actor, "competition.manage", "Конкурс не найден");
    if (competition.closedAt) throw new AppError("CONFLICT", "Конкурс завершён");
    const last = await tx.competitionStage.findFirst({ where: { competitionId: competition.id }, orderBy: { position: "desc" } });
    const stage = await tx.competitionStage.create({ data: { ...input, position: (last?.position ?? 0) + 1 } });
    await writeAudit(tx, { actorId: actor!.id, action: "create", entity: "CompetitionStage", entityId: stage.id, after: stage });
    return stage;
  });
}
