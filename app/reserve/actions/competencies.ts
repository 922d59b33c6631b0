"use server";
// Server actions of the reserve — Компетенции: the model of competencies and a candidate's assessment against it.
// Each parses with the form's zod schema, calls the domain (it checks the permission and region scope)
// and revalidates the pages that show the change.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { assessmentSchema, competencySchema } from "@/lib/reserve/schemas";
import { saveCompetency } from "@/lib/reserve/competencies/save-competency";
import { assessCompetency } from "@/lib/reserve/competencies/assess-competency";

export const saveCompetencyAction = formAction(
  competencySchema,
  async (input, { user }) => {
    await saveCompetency(db, user, input);
    revalidatePath("/reserve/competencies");
    return { ok: true, message: "Компетенция сохранена" };
  },
  { uniqueField: "name", uniqueMessage: "Такая компетенция уже есть" },
);

export const assessAction = formAction(assessmentSchema, async (input, { user }) => {
  await assessCompetency(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Оценка сохранена" };
});
