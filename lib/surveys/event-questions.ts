import "server-only";
import type { DbTx } from "../infra/db/client";
import type { FormQuestion, QuestionKind } from "./schemas";

/** The questions of an event's feedback form, in the organizer's order. */
export async function eventQuestions(db: DbTx, eventId: string): Promise<FormQuestion[]> {
  const rows = await db.eventSurveyQuestion.findMany({
    where: { eventId },
    orderBy: [{ position: "asc" }, { questionId: "asc" }],
    select: { question: { select: { id: true, kind: true, text: true, options: true, required: true } } },
  });
  return rows.map(({ question }) => ({ ...question, kind: question.kind as QuestionKind }));
}
