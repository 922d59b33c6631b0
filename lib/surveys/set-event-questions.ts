// The organizer builds an event's feedback form from the project's template: which questions, in which
// order. Only for events of their regions; archived questions can't be added anew.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { refuse } from "../auth/policy/refuse";

export async function setEventQuestions(db: Db, actor: SessionUser | null, eventId: string, questionIds: string[]) {
  const user = authorize(actor, "event.manage");
  const ids = [...new Set(questionIds)];
  return db.$transaction(async (tx) => {
    const event = await tx.event.findFirst({
      where: { id: eventId, ...regionWhere(user, "event.manage") },
      select: { id: true, projectId: true, surveyQuestions: { select: { questionId: true } } },
    });
    if (!event) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
    const kept = new Set(event.surveyQuestions.map((q) => q.questionId));
    const usable = await tx.surveyQuestion.count({
      where: {
        id: { in: ids },
        projectId: event.projectId,
        // an archived question stays only where it already was
        OR: [{ archivedAt: null }, { id: { in: [...kept] } }],
      },
    });
    if (usable !== ids.length) {
      throw new AppError("VALIDATION", "Выберите вопросы из шаблона проекта", { questionIds: ["Выберите вопросы из списка"] });
    }
    await tx.eventSurveyQuestion.deleteMany({ where: { eventId } });
    await tx.eventSurveyQuestion.createMany({ data: ids.map((questionId, position) => ({ eventId, questionId, position })) });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "EventSurvey",
      entityId: eventId,
      before: { questionIds: [...kept] },
      after: { questionIds: ids },
    });
    return ids.length;
  });
}
