// Запись оценки результатов квартала (MINISTRY, ADMIN): only for a quarter that has ended in the project's
// time zone; the assessment and its corrective actions are written together, with an audit entry.
// Assessments are never edited: a new one for the same quarter continues its history.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { isLocalDate } from "../events/event-filter";
import { periodBounds } from "../infra/time/period-bounds";
import type { AssessmentInput } from "./schemas";

export async function recordAssessment(db: Db, actor: SessionUser | null, input: AssessmentInput, now = new Date()) {
  const user = authorize(actor, "assessment.record");
  const badDate = input.actions.findIndex((a) => !isLocalDate(a.dueDate));
  if (badDate >= 0) {
    throw new AppError("VALIDATION", "Проверьте поля формы", { [`actions.${badDate}.dueDate`]: ["Такой даты нет в календаре"] });
  }
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true, timezone: true } });
    if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
    const bounds = periodBounds({ year: input.year, quarter: input.quarter, timeZone: project.timezone });
    if (bounds.end > now) {
      throw new AppError(
        "CONFLICT",
        `Квартал ещё не закончился: оценить его можно после ${bounds.to.split("-").reverse().join(".")}`,
        {
          quarter: ["Квартал ещё не закончился"],
        },
      );
    }
    const assessment = await tx.quarterAssessment.create({
      data: {
        projectId: project.id,
        year: input.year,
        quarter: input.quarter,
        verdict: input.verdict,
        summary: input.summary,
        authorId: user.id,
        actions: {
          create: input.actions.map((a, position) => ({
            position,
            text: a.text,
            owner: a.owner,
            dueDate: new Date(`${a.dueDate}T00:00:00Z`),
          })),
        },
      },
      include: { actions: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "create",
      entity: "QuarterAssessment",
      entityId: assessment.id,
      after: assessment,
    });
    return assessment;
  });
}
