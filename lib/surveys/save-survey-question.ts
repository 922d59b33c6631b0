// Шаблон анкеты проекта (ADMIN): add or edit a question, archive it. A question already answered keeps
// its kind and options (old answers must stay readable); only its wording and «required» may change.
// Archiving: set-survey-question-archived.ts.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { SurveyQuestionInput } from "./schemas";

export async function saveSurveyQuestion(db: Db, actor: SessionUser | null, input: SurveyQuestionInput) {
  const user = authorize(actor, "survey.template");
  return db.$transaction(async (tx) => {
    const project = await tx.project.count({ where: { id: input.projectId } });
    if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
    const data = {
      kind: input.kind,
      text: input.text,
      options: input.kind === "single" || input.kind === "multiple" ? input.options : [],
      required: input.required,
    };
    if (!input.id) {
      const position = await tx.surveyQuestion.count({ where: { projectId: input.projectId } });
      const question = await tx.surveyQuestion.create({ data: { projectId: input.projectId, position, ...data } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "SurveyQuestion",
        entityId: question.id,
        after: question,
      });
      return question;
    }
    const before = await tx.surveyQuestion.findFirst({ where: { id: input.id, projectId: input.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Вопрос не найден");
    const [{ answered }] = await tx.$queryRaw<{ answered: number }[]>`
      SELECT count(*)::int AS answered FROM "Feedback" WHERE jsonb_exists(answers, ${before.id})`;
    const shapeChanged = before.kind !== data.kind || before.options.join("\n") !== data.options.join("\n");
    if (answered && shapeChanged) {
      throw new AppError("CONFLICT", "На вопрос уже отвечали: тип и варианты ответа менять нельзя, создайте новый вопрос", {
        kind: ["Уже есть ответы: тип менять нельзя"],
      });
    }
    const question = await tx.surveyQuestion.update({ where: { id: before.id }, data });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "SurveyQuestion",
      entityId: question.id,
      before,
      after: question,
    });
    return question;
  });
}
