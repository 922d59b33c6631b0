"use server";
// Server actions of the reserve — Планы развития: the plan, its items, the candidate's report and its conclusion.
// Each parses with the form's zod schema, calls the domain (it checks the permission and region scope)
// and revalidates the pages that show the change.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { z } from "@/lib/infra/validation/zod";
import { filesFromForm } from "@/lib/files/files-from-form";
import {
  cancelItemSchema,
  conclusionSchema,
  editPlanItemSchema,
  commentItemSchema,
  completeItemSchema,
  planItemSchema,
  planReportSchema,
  planSchema,
} from "@/lib/reserve/schemas";
import { createPlan } from "@/lib/reserve/plans/create-plan";
import { addPlanItem } from "@/lib/reserve/plans/add-plan-item";
import { completePlanItem } from "@/lib/reserve/plans/complete-plan-item";
import { commentPlanItem } from "@/lib/reserve/plans/comment-plan-item";
import { registerFromPlan } from "@/lib/reserve/plans/register-from-plan";
import { submitPlanReport } from "@/lib/reserve/plans/submit-plan-report";
import { editPlanItem } from "@/lib/reserve/plans/edit-plan-item";
import { cancelPlanItem } from "@/lib/reserve/plans/cancel-plan-item";
import { concludePlanReport } from "@/lib/reserve/plans/conclude-plan-report";

const idSchema = z.object({ id: z.string().min(1) });

export const createPlanAction = formAction(planSchema, async (input, { user }) => {
  await createPlan(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  return { ok: true, message: "План развития создан" };
});

export const addPlanItemAction = formAction(planItemSchema, async (input, { user }) => {
  await addPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт добавлен в план" };
});

export const editPlanItemAction = formAction(editPlanItemSchema, async (input, { user }) => {
  await editPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт плана изменён" };
});

export const cancelPlanItemAction = formAction(cancelItemSchema, async (input, { user }) => {
  await cancelPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт плана отменён" };
});

export const completePlanItemAction = formAction(completeItemSchema, async (input, { user, formData }) => {
  await completePlanItem(db, user, { ...input, files: filesFromForm(formData, "files") });
  revalidatePath("/my/reserve");
  return { ok: true, message: "Пункт отмечен выполненным" };
});

export const commentPlanItemAction = formAction(commentItemSchema, async (input, { user }) => {
  await commentPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Комментарий сохранён" };
});

export const registerFromPlanAction = formAction(idSchema, async ({ id }, { user }) => {
  const { registration } = await registerFromPlan(db, user, id);
  revalidatePath("/my/reserve");
  const words = { registered: "Вы записаны", waitlisted: "Вы в листе ожидания", pending: "Заявка отправлена" } as const;
  return { ok: true, message: words[registration.status as keyof typeof words] ?? "Готово" };
});

export const submitPlanReportAction = formAction(planReportSchema, async (input, { user }) => {
  await submitPlanReport(db, user, input);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Отчёт отправлен" };
});

export const concludePlanReportAction = formAction(conclusionSchema, async (input, { user }) => {
  await concludePlanReport(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Заключение сохранено" };
});
