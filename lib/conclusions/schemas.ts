// Экспертное заключение по мероприятию: the same schema checks the form and saveConclusion.
import { z } from "../infra/validation/zod";

export const conclusionSchema = z.object({
  eventId: z.string().min(1),
  whatWorked: z
    .string({ error: "Опишите, что получилось" })
    .trim()
    .min(10, "Опишите, что получилось — не короче 10 символов")
    .max(4000, "Не длиннее 4000 символов"),
  recommendations: z
    .string({ error: "Дайте рекомендации" })
    .trim()
    .min(10, "Рекомендации — не короче 10 символов")
    .max(4000, "Не длиннее 4000 символов"),
  assessment: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "Оцените мероприятие от 1 до 5" })
      .int("Оцените мероприятие от 1 до 5")
      .min(1, "Оцените мероприятие от 1 до 5")
      .max(5, "Оцените мероприятие от 1 до 5"),
  ),
});

export type ConclusionInput = z.infer<typeof conclusionSchema>;
