// The feedback form of an event for the signed-in participant: may they answer (attended, window open),
// the questions, and their earlier answers to edit.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { eventQuestions } from "./event-questions";
import { feedbackWindow } from "./feedback-window";

export async function getFeedbackForm(db: Db, actor: SessionUser | null, eventId: string, now = new Date()) {
  const user = authorize(actor, "feedback.submit");
  const event = await db.event.findFirst({
    where: { id: eventId, publishedAt: { not: null } },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      projectId: true,
      region: { select: { timezone: true } },
      project: { select: { feedbackWindowDays: true } },
    },
  });
  if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
  const registration = await db.registration.findFirst({
    where: { eventId, participant: { userId: user.id } },
    select: { attended: true, status: true, participantId: true },
  });
  if (!registration?.attended) {
    throw new AppError("FORBIDDEN", "Оценить мероприятие могут только участники, отмеченные как присутствовавшие");
  }
  const [questions, feedback] = await Promise.all([
    eventQuestions(db, eventId),
    db.feedback.findUnique({
      where: { eventId_participantId: { eventId, participantId: registration.participantId } },
      select: { rating: true, answers: true, comment: true, updatedAt: true },
    }),
  ]);
  return { event, questions, feedback, window: feedbackWindow(event, event.project.feedbackWindowDays, now) };
}
