// Оценка компетенции: the rater's kind follows from who rates — the member rates themselves, an expert
// rates as mentor (their mentee) or as juror (an assigned entry without a conflict), an organizer records an
// expert's or the supervisor's assessment. One assessment per rater and competency, replaced when repeated.
import "server-only";
import type { CompetencyRater } from "@prisma/client";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, scopeOf, type SessionUser } from "../../auth/permissions";
import { activeMentorWhere } from "../../auth/policy/active-mentor-where";
import { jurorWhere } from "../../auth/policy/juror-where";
import { refuse } from "../../auth/policy/refuse";
import { selfCandidateWhere } from "../../auth/policy/self-candidate-where";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import type { AssessmentInput } from "../schemas";

export async function assessCompetency(db: Db, actor: SessionUser | null, input: AssessmentInput) {
  if (!actor) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  return db.$transaction(async (tx) => {
    let rater: CompetencyRater;
    let found;
    // who rates follows from the scopes: "self" of reserve.assess (an expert: mentor or juror), a region
    // scope (an organizer), reserve.self (the member)
    const assess = scopeOf(actor, "reserve.assess");
    const action = assess ? "reserve.assess" : "reserve.self";
    if (!assess && scopeOf(actor, "reserve.self")) {
      found = await tx.reserveCandidate.findFirst({
        where: { id: input.candidateId, ...selfCandidateWhere(actor.id) },
        include: { reserve: true },
      });
      rater = "self";
    } else if (assess === "self") {
      const base = { id: input.candidateId };
      found = await tx.reserveCandidate.findFirst({
        where: { ...base, ...activeMentorWhere(actor.id) },
        include: { reserve: true },
      });
      rater = "mentor";
      if (!found) {
        found = await tx.reserveCandidate.findFirst({ where: { ...base, ...jurorWhere(actor.id) }, include: { reserve: true } });
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
    if (!found) throw refuse(actor, action, "Кандидат не найден");
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
