"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { eventQuestionsSchema } from "@/lib/surveys/schemas";
import { setEventQuestions } from "@/lib/surveys/set-event-questions";

export const setEventQuestionsAction = formAction(eventQuestionsSchema, async ({ eventId, questionIds }, { user }) => {
  const count = await setEventQuestions(db, user, eventId, questionIds);
  revalidatePath(`/events/${eventId}/survey`);
  return {
    ok: true,
    message: count ? `Анкета сохранена: дополнительных вопросов — ${count}` : "Анкета сохранена: только оценка удовлетворённости",
  };
});
