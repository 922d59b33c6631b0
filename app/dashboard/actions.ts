"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { recordAssessment } from "@/lib/assessments/record-assessment";
import { assessmentSchema } from "@/lib/assessments/schemas";

export const recordAssessmentAction = formAction(assessmentSchema, async (input, { user }) => {
  await recordAssessment(db, user, input);
  revalidatePath("/dashboard");
  return { ok: true, message: `Оценка ${input.quarter}-го квартала записана` };
});
