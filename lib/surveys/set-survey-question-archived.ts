// Archive instead of delete: an archived question is no longer offered for new forms, stays on the
// events that use it, and its answers stay in the results.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";

export async function setSurveyQuestionArchived(db: Db, actor: SessionUser | null, id: string, archived: boolean) {
  const user = authorize(actor, "survey.template");
  return db.$transaction(async (tx) => {
    const before = await tx.surveyQuestion.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "Вопрос не найден");
    const question = await tx.surveyQuestion.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "SurveyQuestion", entityId: id, before, after: question });
    return question;
  });
}
