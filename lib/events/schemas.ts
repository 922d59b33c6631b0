// Форма мероприятия: one schema for the form (client) and the action (server).
import { z } from "../validation/zod";

export const EVENT_FORMATS = [
  "business_meeting",
  "master_class",
  "training",
  "site_visit",
  "mentoring",
  "informal_meeting",
  "expert_discussion",
  "internship",
  "seminar",
  "webinar",
  "competition",
] as const;
export const EVENT_STATUSES = ["planned", "held", "cancelled"] as const;

const localDateTime = z
  .string({ error: "Укажите дату и время" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Укажите дату и время в формате дд.мм.гггг чч:мм");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .transform((v) => v || null);

export const eventFormSchema = z
  .object({
    title: z.string({ error: "Укажите название" }).trim().min(3, "Название — не короче 3 символов").max(300, "Не длиннее 300 символов"),
    description: optionalText(10_000),
    format: z.enum(EVENT_FORMATS, { error: "Выберите форму мероприятия" }),
    directionId: z.string({ error: "Выберите направление" }).min(1, "Выберите направление"),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number({ error: "Введите целое число" }).int("Введите целое число").min(1, "Не меньше 1").max(100_000, "Не больше 100 000").nullable(),
    ),
    venue: optionalText(300),
    address: optionalText(500),
    onlineUrl: optionalText(1000).pipe(z.union([z.null(), z.url("Неверная ссылка, пример: https://example.ru/webinar")])),
  })
  .refine((v) => v.endsAt >= v.startsAt, { path: ["endsAt"], message: "Окончание не может быть раньше начала" });

export const updateEventSchema = eventFormSchema.and(z.object({ id: z.string().min(1) }));

export type EventFormInput = z.infer<typeof eventFormSchema>;
