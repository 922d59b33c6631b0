// Ответ на анкету: only a participant marked as attended, inside the window, one answer per event that
// can be changed until the window closes. The answers are checked against the event's questions with the
// same schema the form uses; nothing is written when anything is wrong.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { fieldErrorsOf } from "../infra/validation/zod";
import { eventQuestions } from "./event-questions";
import { feedbackWindow } from "./feedback-window";
import { answersOf, feedbackSchemaFor } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function submitFeedback(
  db: Db,
  actor: SessionUser | null,
  eventId: string,
  form: Record<string, unknown>,
  now = new Date(),
) {
  const user = authorize(actor, "feedback.submit");
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { eventId, participant: { userId: user.id }, event: { publishedAt: { not: null } } },
      select: {
        attended: true,
        participantId: true,
        event: { select: { status: true, endsAt: true, project: { select: { feedbackWindowDays: true } } } },
      },
    });
    if (!registration) throw refuse(user, "feedback.submit", "Вы не записаны на это мероприятие");
    if (!registration.attended) {
      throw new AppError("FORBIDDEN", "Оценить мероприятие могут только участники, отмеченные как присутствовавшие");
    }
    const window = feedbackWindow(registration.event, registration.event.project.feedbackWindowDays, now);
    if (!window.open) throw new AppError("CONFLICT", window.reason!);

    const questions = await eventQuestions(tx, eventId);
    const parsed = feedbackSchemaFor(questions).safeParse({ ...form, eventId });
    if (!parsed.success) throw new AppError("VALIDATION", "Проверьте ответы анкеты", fieldErrorsOf(parsed.error));
    const data = {
      rating: parsed.data.rating,
      comment: parsed.data.comment,
      answers: answersOf(questions, parsed.data) as Prisma.InputJsonObject,
    };
    const key = { eventId_participantId: { eventId, participantId: registration.participantId } };
    const before = await tx.feedback.findUnique({ where: key });
    // an upsert (INSERT … ON CONFLICT): a double click can't make a second answer or fail on the unique key
    const feedback = await tx.feedback.upsert({
      where: key,
      update: data,
      create: { eventId, participantId: registration.participantId, ...data },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: before ? "update" : "create",
      entity: "Feedback",
      entityId: feedback.id,
      before: before ?? undefined,
      after: feedback,
    });
    return { feedback, created: !before };
  });
}
