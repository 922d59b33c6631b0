"use server";
// Server actions of the cyclogram: the template, loading seed 003's activities, generating a year, a task's mark.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import {
  activitySchema,
  generateYearSchema,
  taskDoneSchema,
  taskOwnerSchema,
  templateSchema,
} from "@/lib/reserve/cyclogram/schemas";
import { setCyclogramTaskOwner } from "@/lib/reserve/cyclogram/set-cyclogram-task-owner";
import { saveCyclogramActivity } from "@/lib/reserve/cyclogram/save-cyclogram-activity";
import { loadCyclogramTemplate } from "@/lib/reserve/cyclogram/load-cyclogram-template";
import { generateCyclogramYear } from "@/lib/reserve/cyclogram/generate-cyclogram-year";
import { setCyclogramTaskDone } from "@/lib/reserve/cyclogram/set-cyclogram-task-done";

export const saveActivityAction = formAction(activitySchema, async (input, { user }) => {
  await saveCyclogramActivity(db, user, input);
  revalidatePath("/reserve/cyclogram");
  return { ok: true, message: "Мероприятие циклограммы сохранено" };
});

export const loadTemplateAction = formAction(templateSchema, async (input, { user }) => {
  const added = await loadCyclogramTemplate(db, user, input);
  revalidatePath("/reserve/cyclogram");
  return { ok: true, message: added ? `Добавлено мероприятий: ${added}` : "Все мероприятия типовой циклограммы уже есть" };
});

export const generateYearAction = formAction(generateYearSchema, async (input, { user }) => {
  const { created, existing } = await generateCyclogramYear(db, user, input);
  revalidatePath("/reserve/cyclogram");
  return {
    ok: true,
    message: created
      ? `Создано задач: ${created}${existing ? `, уже были: ${existing}` : ""}`
      : `Новых задач нет: все ${existing} уже созданы`,
  };
});

export const setTaskDoneAction = formAction(taskDoneSchema, async (input, { user }) => {
  await setCyclogramTaskDone(db, user, input);
  revalidatePath("/reserve/cyclogram");
  return { ok: true, message: input.done ? "Задача выполнена" : "Отметка снята" };
});

export const setTaskOwnerAction = formAction(taskOwnerSchema, async (input, { user }) => {
  await setCyclogramTaskOwner(db, user, input);
  revalidatePath("/reserve/cyclogram");
  return { ok: true, message: "Ответственный изменён" };
});
