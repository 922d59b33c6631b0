"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { saveSurveyQuestion } from "@/lib/surveys/save-survey-question";
import { setSurveyQuestionArchived } from "@/lib/surveys/set-survey-question-archived";
import { surveyQuestionSchema } from "@/lib/surveys/schemas";
import { z } from "@/lib/infra/validation/zod";

export const saveSurveyQuestionAction = formAction(surveyQuestionSchema, async (input, { user }) => {
  await saveSurveyQuestion(db, user, input);
  revalidatePath("/admin/survey");
  return { ok: true, message: input.id ? "Вопрос изменён" : "Вопрос добавлен в шаблон" };
});

const archiveSchema = z.object({ id: z.string().min(1), archived: z.enum(["true", "false"]).transform((v) => v === "true") });

export const archiveSurveyQuestionAction = formAction(archiveSchema, async ({ id, archived }, { user }) => {
  await setSurveyQuestionArchived(db, user, id, archived);
  revalidatePath("/admin/survey");
  return { ok: true, message: archived ? "Вопрос перенесён в архив" : "Вопрос возвращён в шаблон" };
});
