"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { submitFeedback } from "@/lib/surveys/submit-feedback";
import { z } from "@/lib/infra/validation/zod";

// the answers depend on the event's questions: submitFeedback parses them with the form's own schema
const feedbackEnvelope = z.looseObject({ eventId: z.string().min(1) });

export const submitFeedbackAction = formAction(feedbackEnvelope, async (input, { user }) => {
  const { created } = await submitFeedback(db, user, input.eventId, input);
  revalidatePath(`/events/${input.eventId}/feedback`);
  revalidatePath("/my/events");
  return { ok: true, message: created ? "Спасибо! Ваши ответы сохранены" : "Изменения сохранены" };
});
