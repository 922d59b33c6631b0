// Forms of mentoring: a meeting in the log, the mentee's rating of the mentor.
import { z } from "../../infra/validation/zod";

const day = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), message);

export const meetingSchema = z.object({
  pairId: z.string().min(1),
  heldOn: day("Укажите дату встречи"),
  topic: z.string({ error: "Укажите тему встречи" }).trim().min(1, "Укажите тему встречи").max(300, "Не длиннее 300 символов"),
  notes: z.string().trim().max(5000, "Не длиннее 5000 символов").default(""),
  nextSteps: z.string().trim().max(2000, "Не длиннее 2000 символов").default(""),
});
export type MeetingInput = z.infer<typeof meetingSchema>;

export const mentorRatingSchema = z.object({
  pairId: z.string().min(1),
  rating: z.coerce
    .number({ error: "Выберите оценку от 1 до 5" })
    .int("Выберите оценку от 1 до 5")
    .min(1, "Выберите оценку от 1 до 5")
    .max(5, "Выберите оценку от 1 до 5"),
  comment: z
    .string()
    .trim()
    .max(2000, "Не длиннее 2000 символов")
    .optional()
    .transform((v) => v || null),
});
export type MentorRatingInput = z.infer<typeof mentorRatingSchema>;

export const endPairSchema = z.object({ pairId: z.string().min(1), endedOn: day("Укажите дату окончания") });
