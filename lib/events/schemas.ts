// Форма мероприятия: one schema for the form (client) and the action (server).
import { z } from "../infra/validation/zod";

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
/** Роль эксперта на мероприятии */
export const EXPERT_ROLES = ["speaker", "moderator", "assessor"] as const;
export type ExpertRoleName = (typeof EXPERT_ROLES)[number];

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

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** A multi-select or checkbox group: FormData gives one string or several; react-hook-form gives an array. */
const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" || v === false ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
  z.array(z.string().min(1)).max(200, "Слишком много значений"),
);

/**
 * Roles of the chosen experts, sent as "expertId=role" strings (one select per expert). Unknown roles are
 * errors; an expert without an entry is a speaker.
 */
const expertRoleList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(
      z
        .string()
        .regex(/^[\w.-]{1,64}=(speaker|moderator|assessor)$/, "Выберите роль эксперта из списка")
        .transform((entry) => entry.split("=") as [string, ExpertRoleName]),
    )
    .max(200, "Слишком много значений")
    .transform((pairs) => Object.fromEntries(pairs) as Record<string, ExpertRoleName>),
);

const optionalLocalDateTime = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), localDateTime.optional())
  .transform((v) => v ?? null);

export const eventFormSchema = z
  .object({
    title: z
      .string({ error: "Укажите название" })
      .trim()
      .min(3, "Название — не короче 3 символов")
      .max(300, "Не длиннее 300 символов"),
    description: optionalText(10_000),
    format: z.enum(EVENT_FORMATS, { error: "Выберите форму мероприятия" }),
    directionId: z.string({ error: "Выберите направление" }).min(1, "Выберите направление"),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number({ error: "Введите целое число" })
        .int("Введите целое число")
        .min(1, "Не меньше 1")
        .max(100_000, "Не больше 100 000")
        .nullable(),
    ),
    venue: optionalText(300),
    address: optionalText(500),
    onlineUrl: optionalText(1000).pipe(z.union([z.null(), z.url("Неверная ссылка, пример: https://example.ru/webinar")])),
    registrationDeadline: optionalLocalDateTime,
    requiresApproval: checkbox,
    targetCategoryIds: idList,
    expertIds: idList,
    expertRoles: expertRoleList,
    /** «Сохранить несмотря на предупреждения» */
    confirmWarnings: checkbox,
  })
  .refine((v) => v.endsAt >= v.startsAt, { path: ["endsAt"], message: "Окончание не может быть раньше начала" })
  .refine((v) => !v.registrationDeadline || v.registrationDeadline <= v.startsAt, {
    path: ["registrationDeadline"],
    message: "Запись должна закрываться не позже начала мероприятия",
  });

export const createEventSchema = eventFormSchema.extend({
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
  /** «Опубликовать сразу»; otherwise the event is saved as a draft (черновик) */
  publish: checkbox,
});
export const updateEventSchema = eventFormSchema.extend({ id: z.string().min(1) });

export type EventFormInput = z.infer<typeof eventFormSchema>;
export type CreateEventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

const eventId = z.string().min(1);
const isoDay = z.string({ error: "Укажите дату" }).regex(/^\d{4}-\d{2}-\d{2}$/, "Укажите дату");

export const cancelEventSchema = z.object({
  id: eventId,
  cancelReason: z
    .string({ error: "Укажите причину отмены" })
    .trim()
    .min(5, "Причина отмены — не короче 5 символов")
    .max(2000, "Не длиннее 2000 символов"),
});
export const markEventHeldSchema = z.object({ id: eventId });
export const publishEventSchema = z.object({ id: eventId });
export const copyEventSchema = z.object({ id: eventId, date: isoDay, confirmWarnings: checkbox });
export const eventSeriesSchema = z.object({
  id: eventId,
  count: z.coerce
    .number({ error: "Введите целое число" })
    .int("Введите целое число")
    .min(1, "Не меньше 1")
    .max(52, "Не больше 52"),
  confirmWarnings: checkbox,
});
