// Оценка жюри: a juror scores an entry assigned to them (no conflict declared) on every criterion of an open
// stage, 0…the criterion's maximum; an entry that failed an earlier stage is out. Scoring again replaces.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { jurorAssignmentWhere } from "../../auth/policy/juror-assignment-where";
import { refuse } from "../../auth/policy/refuse";
import { writeAudit } from "../../audit/write-audit";
import { AppError, type FieldErrors } from "../../infra/errors/app-error";
import { stillInAt } from "./entries-still-in";
import { scoreFieldPrefix } from "./schemas";

export async function scoreEntry(
  db: Db,
  actor: SessionUser | null,
  input: { entryId: string; stageId: string; comment?: string; scores: Record<string, unknown> },
) {
  const me = authorize(actor, "competition.score");
  return db.$transaction(async (tx) => {
    const assignment = await tx.juryAssignment.findFirst({
      where: { entryId: input.entryId, ...jurorAssignmentWhere(me.id) },
    });
    if (!assignment) throw refuse(me, "competition.score", "Этот участник конкурса вам не назначен");
    const stage = await tx.competitionStage.findFirst({
      where: { id: input.stageId, competitionId: assignment.competitionId },
      include: { criteria: true },
    });
    if (!stage) throw refuse(me, "competition.score", "Этап не найден");
    if (stage.closedAt) throw new AppError("CONFLICT", "Этап уже подведён: оценки не принимаются");
    const inGame = await tx.competitionEntry.count({ where: { id: input.entryId, ...stillInAt(stage.position) } });
    if (!inGame) throw new AppError("CONFLICT", "Участник не прошёл предыдущий этап");
    const errors: FieldErrors = {};
    const values = stage.criteria.map((c) => {
      const raw = input.scores[`${scoreFieldPrefix}${c.id}`];
      const n = Number(raw);
      if (raw === undefined || raw === "" || !Number.isInteger(n) || n < 0 || n > c.maxScore) {
        errors[`${scoreFieldPrefix}${c.id}`] = [`Целое число от 0 до ${c.maxScore}`];
      }
      return { criterionId: c.id, score: n };
    });
    if (Object.keys(errors).length) throw new AppError("VALIDATION", "Проверьте оценки", errors);
    for (const v of values) {
      const key = { entryId: input.entryId, criterionId: v.criterionId, expertId: assignment.expertId };
      await tx.competitionScore.upsert({
        where: { entryId_criterionId_expertId: key },
        update: { score: v.score, comment: input.comment || null },
        create: { ...key, score: v.score, comment: input.comment || null },
      });
    }
    await writeAudit(tx, {
      actorId: me.id,
      action: "update",
      entity: "CompetitionScore",
      entityId: `${input.entryId}:${stage.id}`,
      after: values,
    });
    return values;
  });
}
