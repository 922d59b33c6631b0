// Оценка компетенции: the rater's kind follows from who rates — the member rates themselves, an expert
// rates as mentor (their mentee) or as juror (an assigned entry without a conflict), an organizer records an
// expert's or the supervisor's assessment. One assessment per rater and competency, replaced when repeated.
import "server-only";
import type { CompetencyRater } from "@prisma/client";
import type { Db } from "../../db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../errors/app-error";
import type { AssessmentInput } from "../schemas";

export async function assessCompetency(db: Db, actor: SessionUser | null, input: AssessmentInput) {
  if (!actor) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  return db.$transaction(async (tx) => {
    let rater: CompetencyRater;
    let found;
    if (actor.role === "PARTICIPANT") {
      const me = authorize(actor, "reserve.self");
      found = await tx.reserveCandidate.findFirst({
        where: { id: input.candidateId, participant: { userId: me.id } },
        include: { reserve: true },
      });
      rater = "self";
    } else if (actor.role === "EXPERT") {
      const me = authorize(actor, "reserve.assess");
      const base = { id: input.candidateId };
      found = await tx.reserveCandidate.findFirst({
        where: { ...base, mentorPairs: { some: { endedOn: null, expert: { userId: me.id } } } },
        include: { reserve: true },
      });
      rater = "mentor";
      if (!found) {
        found = await tx.reserveCandidate.findFirst({
          where: { ...base, entries: { some: { jury: { some: { conflictReason: null, expert: { userId: me.id } } } } } },
          include: { reserve: true },
        });
        rater = "expert";
      }
    } else {
      const me = authorize(actor, "reserve.assess");
      found = await tx.reserveCandidate.findFirst({
        where: { id: input.candidateId, reserve: regionWhere(me, "reserve.assess") },
        include: { reserve: true },
      });
      rater = input.rater ?? "supervisor";
    }
    if (!found) throw new AppError("NOT_FOUND", "Кандидат не найден");
    const competency = await tx.competency.findFirst({
      where: { id: input.competencyId, projectId: found.reserve.projectId, archivedAt: null },
    });
    if (!competency) throw new AppError("VALIDATION", "Проверьте поля формы", { competencyId: ["Компетенция не найдена"] });
    if (input.level > competency.levels.length) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { level: [`Уровень — от 1 до ${competency.levels.length}`] });
    }
    const key = { candidateId: found.id, competencyId: competency.id, rater, raterUserId: actor.id };
    const assessment = await tx.competencyAssessment.upsert({
      where: { candidateId_competencyId_rater_raterUserId: key },
      update: { level: input.level, comment: input.comment },
      create: { ...key, level: input.level, comment: input.comment },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "update",
      entity: "CompetencyAssessment",
      entityId: assessment.id,
      after: assessment,
    });
    return assessment;
  });
}
