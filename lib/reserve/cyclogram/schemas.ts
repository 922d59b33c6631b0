// Forms of the cyclogram: an activity of the template, generating a year, a task's status.
import { z } from "../../infra/validation/zod";

const month = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message).max(12, message);

export const activitySchema = z.object({
  id: z.string().optional(),
  projectId: z.string().min(1),
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
  title: z.string({ error: "Опишите мероприятие" }).trim().min(1, "Опишите мероприятие").max(300, "Не длиннее 300 символов"),
  startMonth: month("Выберите месяц начала"),
  endMonth: month("Выберите месяц окончания"),
  owner: z
    .string({ error: "Укажите ответственного" })
    .trim()
    .min(1, "Укажите ответственного")
    .max(200, "Не длиннее 200 символов"),
  ownerUserId: z
    .string()
    .optional()
    .transform((v) => v || null),
  remindDays: z.coerce.number({ error: "Укажите число дней" }).int("Целое число").min(0, "Не меньше 0").max(90, "Не больше 90"),
  archived: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});
export type ActivityInput = z.infer<typeof activitySchema>;

export const generateYearSchema = z.object({
  projectId: z.string().min(1),
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
  year: z.coerce.number({ error: "Укажите год" }).int("Укажите год").min(2000, "Укажите год").max(2100, "Укажите год"),
});
export type GenerateYearInput = z.infer<typeof generateYearSchema>;

export const templateSchema = generateYearSchema.pick({ projectId: true, regionId: true });

export const taskDoneSchema = z.object({ id: z.string().min(1), done: z.enum(["true", "false"]).transform((v) => v === "true") });

export const taskOwnerSchema = z.object({
  id: z.string().min(1),
  ownerUserId: z
    .string()
    .optional()
    .transform((v) => v || null),
});
