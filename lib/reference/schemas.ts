// Справочники (ADMIN): categories, directions, regions with their time zones, the Russian names of event
// formats, the project's targets. One schema per form, shared by the form and the action.
import { EVENT_FORMATS } from "../events/schemas";
import { isValidTimeZone } from "../infra/time/period-bounds";
import { z } from "../infra/validation/zod";

export const REFERENCE_KINDS = ["category", "direction"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const code = z
  .string({ error: "Укажите код" })
  .trim()
  .min(1, "Укажите код")
  .max(64, "Не длиннее 64 символов")
  .regex(/^[A-Za-z0-9_.-]+$/, "Код: латинские буквы, цифры, «-», «_», «.»");
const name = z
  .string({ error: "Укажите название" })
  .trim()
  .min(2, "Название — не короче 2 символов")
  .max(300, "Не длиннее 300 символов");

/** A participant category or a direction: new (no id) or renamed (id; the code is kept: bundles use it). */
export const referenceItemSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  projectId: z.string().min(1),
  id: z.string().optional(),
  code,
  name,
});

export const timeZoneSchema = z
  .string({ error: "Укажите часовой пояс" })
  .trim()
  .refine(isValidTimeZone, "Неизвестный часовой пояс: укажите его как в базе IANA, например Europe/Moscow");

export const regionSchema = z.object({
  projectId: z.string().min(1),
  id: z.string().optional(),
  code: code.transform((v) => v.toUpperCase()),
  name,
  timezone: timeZoneSchema,
});

/** Remove a record: deleted when nothing uses it, archived otherwise (and restored on request). */
export const referenceStateSchema = z.object({
  kind: z.enum(["category", "direction", "region"]),
  projectId: z.string().min(1),
  id: z.string().min(1),
  intent: z.enum(["remove", "restore"]),
});

const count = (label: string, max: number) =>
  z.coerce
    .number({ error: `Укажите ${label}` })
    .int("Введите целое число")
    .min(0, "Не меньше 0")
    .max(max, `Не больше ${max}`);

export const projectTargetsSchema = z.object({
  projectId: z.string().min(1),
  name,
  timezone: timeZoneSchema,
  targetEventsHeld: count("число мероприятий", 100_000),
  targetCategoriesCovered: count("число категорий", 1000),
  targetDirectionsCovered: count("число направлений", 1000),
  targetExpertsPerRegion: count("число экспертов", 10_000),
  targetInfoResourcesPerRegion: count("число ресурсов", 10_000),
  targetSatisfactionAvg: z.coerce
    .number({ error: "Укажите среднюю оценку" })
    .min(1, "От 1 до 5")
    .max(5, "От 1 до 5")
    // 4.6 × 100 is 459.99999999999994 in floating point: compare with a tolerance, not exactly
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "Не больше двух знаков после запятой"),
  feedbackWindowDays: z.coerce
    .number({ error: "Укажите число дней" })
    .int("Введите целое число")
    .min(1, "Не меньше 1")
    .max(365, "Не больше 365"),
});

export const formatNamesSchema = z.object(
  Object.fromEntries(EVENT_FORMATS.map((f) => [f, name])) as Record<(typeof EVENT_FORMATS)[number], typeof name>,
);
