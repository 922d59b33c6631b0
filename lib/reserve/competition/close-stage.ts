// Подведение итогов этапа: stages close in order; the ranking is fixed in CompetitionStageResult (those below
// the threshold leave the competition). Closing the last stage closes the competition: every ranked
// candidate still at «документы проверены» becomes «оценён», and those who passed are proposed for inclusion.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { applyTransition } from "../apply-transition";
import { managedCompetition } from "./managed-competition";
import { stageRanking } from "./stage-ranking";
import { refuse } from "../../auth/policy/refuse";

export async function closeStage(db: Db, actor: SessionUser | null, stageId: string, now = new Date()) {
  const scope = managedCompetition(actor);
  return db.$transaction(
    async (tx) => {
      const stage = await tx.competitionStage.findFirst({
        where: { id: stageId, competition: scope },
        include: { competition: true },
      });
      if (!stage) throw refuse(actor, "competition.manage", "Этап не найден");
      if (stage.closedAt) throw new AppError("CONFLICT", "Этап уже подведён");
      const open = await tx.competitionStage.count({
        where: { competitionId: stage.competitionId, position: { lt: stage.position }, closedAt: null },
      });
      if (open) throw new AppError("CONFLICT", "Сначала подведите итоги предыдущих этапов");
      if (!(await tx.competitionCriterion.count({ where: { stageId } }))) throw new AppError("CONFLICT", "У этапа нет критериев");
      const ranking = await stageRanking(tx, stageId);
      await tx.competitionStageResult.createMany({
        data: ranking.map((r) => ({ stageId, entryId: r.entryId, score: r.score, rank: r.rank, passed: r.passed })),
      });
      await tx.competitionStage.update({ where: { id: stageId }, data: { closedAt: now } });
      const later = await tx.competitionStage.count({
        where: { competitionId: stage.competitionId, position: { gt: stage.position } },
      });
      if (!later) {
        await tx.competition.update({ where: { id: stage.competitionId }, data: { closedAt: now } });
        const entries = await tx.competitionEntry.findMany({
          where: { id: { in: ranking.map((r) => r.entryId) } },
          include: { candidate: true },
        });
        for (const entry of entries) {
          const r = ranking.find((x) => x.entryId === entry.id)!;
          if (entry.candidate.status !== "documents_checked") continue;
          await applyTransition(tx, entry.candidate, "assessed", {
            actorId: actor!.id,
            reason: `Итоги конкурса «${stage.competition.title}»: ${r.rank} место, ${r.score} баллов${r.passed ? ", рекомендован к включению" : ""}`,
            details: { competitionId: stage.competitionId, rank: r.rank, score: r.score, passed: r.passed },
          });
        }
      }
      await writeAudit(tx, {
        actorId: actor!.id,
        action: "update",
        entity: "CompetitionStage",
        entityId: stageId,
        after: { closedAt: now, ranking },
      });
      return ranking;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
