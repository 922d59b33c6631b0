// Веха дорожной карты: one schema for the form and the action.
import { isLocalDate } from "../events/event-filter";
import { z } from "../infra/validation/zod";

export const milestoneSchema = z
  .object({
    id: z.string().optional().default(""),
    projectId: z.string().min(1),
    title: z.string({ error: "Опишите веху" }).trim().min(3, "Веха — не короче 3 символов").max(1000, "Не длиннее 1000 символов"),
    owner: z
      .string({ error: "Укажите ответственного" })
      .trim()
      .min(3, "Укажите ответственного")
      .max(300, "Не длиннее 300 символов"),
    startDate: z
      .string()
      .optional()
      .default("")
      .refine((v) => v === "" || isLocalDate(v), "Такой даты нет в календаре"),
    dueDate: z.string({ error: "Укажите срок" }).refine(isLocalDate, "Укажите срок"),
    progress: z.coerce
      .number({ error: "Процент от 0 до 100" })
      .int("Целое число процентов")
      .min(0, "Процент от 0 до 100")
      .max(100, "Процент от 0 до 100"),
  })
  .refine((v) => !v.startDate || v.startDate <= v.dueDate, { path: ["dueDate"], message: "Срок не раньше начала" });

export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const milestoneIdSchema = z.object({ id: z.string().min(1), projectId: z.string().min(1) });
export type MilestoneIdInput = z.infer<typeof milestoneIdSchema>;
