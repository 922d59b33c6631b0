// Forms of the reserve: one zod schema per form, used by the client form and by the server action.
import { z } from "../infra/validation/zod";
import { EXCLUSION_REASON_CODES } from "./labels";
import { RESERVE_STATUSES } from "./lifecycle";

const text = (max: number, message = "Заполните поле") =>
  z.string({ error: message }).trim().min(1, message).max(max, `Не длиннее ${max} символов`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .transform((v) => v || null);
const date = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), message);
const url = z
  .string()
  .trim()
  .max(1000)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "Ссылка должна начинаться с http:// или https://");

export const reserveSchema = z.object({
  id: z.string().optional(),
  projectId: z.string().min(1),
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
  code: text(40, "Введите код резерва").regex(/^[\p{L}\d_-]+$/u, "Код: буквы, цифры, «-» и «_»"),
  targetPosition: text(300, "Укажите целевую должность"),
  organization: optionalText(300),
  regulation: z.string().trim().max(20000, "Не длиннее 20000 символов").default(""),
  capacity: z.coerce
    .number({ error: "Укажите численность" })
    .int("Целое число")
    .min(1, "Не меньше 1")
    .max(10000, "Не больше 10000"),
  termMonths: z.coerce
    .number({ error: "Укажите срок" })
    .int("Целое число")
    .min(1, "Не меньше 1 месяца")
    .max(120, "Не больше 120 месяцев"),
});
export type ReserveInput = z.infer<typeof reserveSchema>;

export const nominateSchema = z.object({
  reserveId: z.string().min(1),
  participantCode: text(60, "Укажите код участника"),
  source: z.enum(["self", "employer", "organizer"], { error: "Выберите, кто выдвинул" }),
  reason: optionalText(1000),
});
export type NominateInput = z.infer<typeof nominateSchema>;

export const transitionSchema = z
  .object({
    candidateId: z.string().min(1),
    to: z.enum(RESERVE_STATUSES, { error: "Выберите новый статус" }),
    reason: optionalText(1000),
    decisionNumber: optionalText(60),
    decisionDate: z.string().optional(),
    appointedPosition: optionalText(300),
    appointedAt: z.string().optional(),
    exclusionReason: z
      .enum(EXCLUSION_REASON_CODES)
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((v, ctx) => {
    const isDate = (s?: string) => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
    if (v.to === "included") {
      if (!v.decisionNumber)
        ctx.addIssue({ code: "custom", path: ["decisionNumber"], message: "Укажите номер решения о включении" });
      if (!isDate(v.decisionDate)) ctx.addIssue({ code: "custom", path: ["decisionDate"], message: "Укажите дату решения" });
    }
    if (v.to === "appointed") {
      if (!v.appointedPosition) ctx.addIssue({ code: "custom", path: ["appointedPosition"], message: "Укажите должность" });
      if (!isDate(v.appointedAt)) ctx.addIssue({ code: "custom", path: ["appointedAt"], message: "Укажите дату назначения" });
    }
    if (v.to === "excluded" && !v.exclusionReason) {
      ctx.addIssue({ code: "custom", path: ["exclusionReason"], message: "Выберите причину исключения" });
    }
  });
export type TransitionInput = z.infer<typeof transitionSchema>;

export const competencySchema = z.object({
  id: z.string().optional(),
  projectId: z.string().min(1),
  area: text(200, "Укажите область компетенций"),
  name: text(300, "Введите название компетенции"),
  levels: z
    .string({ error: "Опишите уровни" })
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((l) => l.length === 4 || l.length === 5, "Опишите 4 или 5 уровней, каждый с новой строки"),
  position: z.coerce.number().int().min(0).max(1000).default(0),
});
export type CompetencyInput = z.infer<typeof competencySchema>;

export const assessmentSchema = z.object({
  candidateId: z.string().min(1),
  competencyId: z.string({ error: "Выберите компетенцию" }).min(1, "Выберите компетенцию"),
  level: z.coerce.number({ error: "Выберите уровень" }).int().min(1, "Выберите уровень").max(5, "Не выше 5"),
  /** organizers choose whom they record for; members and experts get theirs from their role */
  rater: z.enum(["expert", "supervisor"]).optional(),
  comment: optionalText(2000),
});
export type AssessmentInput = z.infer<typeof assessmentSchema>;

export const diagnosticSchema = z.object({
  candidateId: z.string().min(1),
  method: text(300, "Укажите методику"),
  heldOn: date("Укажите дату диагностики"),
  summary: text(5000, "Опишите результат"),
  fileUrl: url,
});
export type DiagnosticInput = z.infer<typeof diagnosticSchema>;

export const planSchema = z.object({
  candidateId: z.string().min(1),
  year: z.coerce.number({ error: "Укажите год" }).int().min(2000, "Укажите год").max(2100, "Укажите год"),
  goals: z.string().trim().max(5000, "Не длиннее 5000 символов").default(""),
});
export type PlanInput = z.infer<typeof planSchema>;

const planItemFields = {
  kind: z.enum(["event", "internship", "mentoring", "course", "task"], { error: "Выберите вид" }),
  title: text(300, "Опишите пункт плана"),
  competencyId: optionalText(40),
  eventId: optionalText(40),
  dueDate: date("Укажите срок"),
};
const eventChosen: [(v: { kind: string; eventId: string | null }) => boolean, { path: string[]; message: string }] = [
  (v) => v.kind !== "event" || !!v.eventId,
  { path: ["eventId"], message: "Выберите мероприятие" },
];

export const planItemSchema = z.object({ planId: z.string().min(1), ...planItemFields }).refine(...eventChosen);
export type PlanItemInput = z.infer<typeof planItemSchema>;

export const editPlanItemSchema = z.object({ itemId: z.string().min(1), ...planItemFields }).refine(...eventChosen);
export type EditPlanItemInput = z.infer<typeof editPlanItemSchema>;

export const cancelItemSchema = z.object({ itemId: z.string().min(1), reason: text(1000, "Укажите причину отмены") });

export const conclusionSchema = z.object({ planId: z.string().min(1), conclusion: text(20000, "Напишите заключение") });

export const selfNominationSchema = z.object({
  reserveId: z.string().min(1),
  reason: text(2000, "Расскажите, почему вы хотите в резерв"),
});
export type SelfNominationInput = z.infer<typeof selfNominationSchema>;

export const completeItemSchema = z.object({
  itemId: z.string().min(1),
  memberReport: text(5000, "Опишите, что сделано"),
  evidenceUrl: url,
});
export type CompleteItemInput = z.infer<typeof completeItemSchema>;

export const commentItemSchema = z.object({ itemId: z.string().min(1), comment: text(5000, "Введите комментарий") });

export const planReportSchema = z.object({ planId: z.string().min(1), report: text(20000, "Напишите отчёт о выполнении плана") });

export const mentorSchema = z.object({
  candidateId: z.string().min(1),
  expertCode: text(60, "Укажите код эксперта-наставника"),
  goals: z.string().trim().max(5000).default(""),
  startedOn: date("Укажите дату начала"),
});
export type MentorInput = z.infer<typeof mentorSchema>;
