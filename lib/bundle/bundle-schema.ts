// Пакет данных проекта (kadry-bundle/1, bundle-format.md): the zod schemas of the bundle and its
// records. Strings are trimmed before they are checked; unknown keys are errors at every level, so a
// misspelt field is reported instead of silently dropped.
import { z } from "../infra/validation/zod";
import { EVENT_FORMATS, EVENT_STATUSES } from "../events/schemas";
import { isValidTimeZone } from "../infra/time/period-bounds";

export const BUNDLE_FORMAT = "kadry-bundle/1";

// the event formats and statuses are the events domain's; the bundle uses the same lists
export { EVENT_FORMATS, EVENT_STATUSES };
export const REGISTRATION_STATUSES = ["registered", "waitlisted", "cancelled"] as const;
export const RESOURCE_KINDS = ["media", "portal", "social"] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `допустимые значения: ${values.join(", ")}` });

// PostgreSQL can't store U+0000 in text: such a string is a problem at its path, not a failed import
const withoutNul = (value: string) => !value.includes("\u0000");
const NUL_MESSAGE = "содержит недопустимый символ U+0000";

/** A required string: trimmed, not empty. */
const text = (max = 1000) =>
  z
    .string({ error: "ожидалась строка" })
    .trim()
    .min(1, "не может быть пустым")
    .max(max, `не длиннее ${max} символов`)
    .refine(withoutNul, NUL_MESSAGE);
const code = text(100);
/** An optional string: trimmed; empty or null means absent. */
const optionalText = (max = 2000) =>
  z
    .string({ error: "ожидалась строка" })
    .trim()
    .max(max, `не длиннее ${max} символов`)
    .refine(withoutNul, NUL_MESSAGE)
    .nullish()
    .transform((v) => (v ? v : undefined));

const timeZone = z
  .string({ error: "ожидалась строка" })
  .trim()
  .refine(isValidTimeZone, { message: "неизвестный часовой пояс IANA (например, Europe/Moscow)" });

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** ISO 8601 date-time with `Z` or an offset → the instant as a Date; local times are ambiguous and refused. */
export function parseInstant(value: string): Date | null {
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = "0", frac = "", zone] = m;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number((frac + "000").slice(0, 3)));
  const check = new Date(Date.UTC(+y, +mo - 1, +d));
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return null;
  if (zone.toUpperCase() === "Z") return new Date(ms);
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (offsetMinutes > 18 * 60) return null;
  return new Date(ms - sign * offsetMinutes * 60_000);
}

const instant = z
  .string({ error: "ожидалась строка с датой и временем" })
  .trim()
  .transform((value, ctx) => {
    const parsed = parseInstant(value);
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" — не дата и время ISO 8601 со смещением или Z (например, 2026-04-01T10:00:00+03:00)`,
      });
      return z.NEVER;
    }
    return parsed;
  });

const integer = (min: number, max: number, what = "целое число") =>
  z.number({ error: "ожидалось число" }).int(`ожидалось ${what}`).min(min, `не меньше ${min}`).max(max, `не больше ${max}`);

export const targetsSchema = z.strictObject({
  eventsHeld: integer(0, 1_000_000).optional(),
  categoriesCovered: integer(0, 1_000_000).optional(),
  directionsCovered: integer(0, 1_000_000).optional(),
  expertsPerRegion: integer(0, 1_000_000).optional(),
  infoResourcesPerRegion: integer(0, 1_000_000).optional(),
  satisfactionAvg: z
    .number({ error: "ожидалось число" })
    .min(0, "не меньше 0")
    .max(5, "не больше 5")
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, "не более двух знаков после запятой")
    .optional(),
});

export const projectSchema = z.strictObject({
  code: z
    .string({ error: "ожидалась строка" })
    .trim()
    .regex(/^[a-z0-9-]{2,64}$/, "код проекта: 2–64 символа a-z, 0-9 и дефис"),
  name: text(300),
  year: integer(2000, 2100, "год — целое число"),
  timezone: timeZone,
  targets: targetsSchema.optional(),
});

export const regionSchema = z.strictObject({ code, name: text(300), timezone: timeZone });
export const categorySchema = z.strictObject({ code, name: text(300) });
export const directionSchema = z.strictObject({ code, name: text(300) });
export const expertSchema = z.strictObject({
  code,
  fullName: text(300),
  independent: z.boolean({ error: "ожидалось true или false" }).default(true),
  regionCode: optionalText(100),
});
const emailFormat = z.email();
export const participantSchema = z.strictObject({
  code,
  fullName: text(300),
  email: z
    .string({ error: "ожидалась строка" })
    .trim()
    .max(320)
    .nullish()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || emailFormat.safeParse(v).success, "неверный адрес электронной почты"),
  categoryCode: code,
  regionCode: code,
});
export const eventSchema = z.strictObject({
  code,
  title: text(500),
  regionCode: code,
  format: oneOf(EVENT_FORMATS),
  directionCode: code,
  startsAt: instant,
  endsAt: instant,
  status: oneOf(EVENT_STATUSES),
  capacity: z
    .number({ error: "ожидалось число" })
    .int("ожидалось целое число")
    .positive("должна быть положительной")
    .max(1_000_000, "не больше 1000000")
    .nullish()
    .transform((v) => v ?? undefined),
  expertCodes: z.array(code, { error: "ожидался список кодов экспертов" }).default([]),
});
export const registrationSchema = z.strictObject({
  eventCode: code,
  participantCode: code,
  status: oneOf(REGISTRATION_STATUSES),
  attended: z.boolean({ error: "ожидалось true или false" }).default(false),
});
export const feedbackSchema = z.strictObject({
  eventCode: code,
  participantCode: code,
  rating: z
    .number({ error: "ожидалось число" })
    .int("оценка — целое число от 1 до 5")
    .min(1, "оценка — от 1 до 5")
    .max(5, "оценка — от 1 до 5"),
  comment: optionalText(5000),
});
export const informationResourceSchema = z.strictObject({ code, name: text(300), kind: oneOf(RESOURCE_KINDS) });
export const publicationSchema = z.strictObject({
  resourceCode: code,
  regionCode: code,
  eventCode: optionalText(100),
  url: text(2000),
  publishedAt: instant,
});

/** The lists of a bundle in the order they are validated and written (references point backwards). */
export const BUNDLE_LISTS = {
  regions: regionSchema,
  categories: categorySchema,
  directions: directionSchema,
  experts: expertSchema,
  participants: participantSchema,
  events: eventSchema,
  registrations: registrationSchema,
  feedback: feedbackSchema,
  informationResources: informationResourceSchema,
  publications: publicationSchema,
} as const;

export type BundleListName = keyof typeof BUNDLE_LISTS;
export const BUNDLE_LIST_NAMES = Object.keys(BUNDLE_LISTS) as BundleListName[];

export type BundleProject = z.output<typeof projectSchema>;
export type BundleRegion = z.output<typeof regionSchema>;
export type BundleCategory = z.output<typeof categorySchema>;
export type BundleDirection = z.output<typeof directionSchema>;
export type BundleExpert = z.output<typeof expertSchema>;
export type BundleParticipant = z.output<typeof participantSchema>;
export type BundleEvent = z.output<typeof eventSchema>;
export type BundleRegistration = z.output<typeof registrationSchema>;
export type BundleFeedback = z.output<typeof feedbackSchema>;
export type BundleInformationResource = z.output<typeof informationResourceSchema>;
export type BundlePublication = z.output<typeof publicationSchema>;

/** A validated bundle: strings trimmed, instants as Dates, defaults filled in. */
export type Bundle = { format: typeof BUNDLE_FORMAT; project: BundleProject } & {
  [K in BundleListName]: z.output<(typeof BUNDLE_LISTS)[K]>[];
};

/** The bundle as it is written to JSON (export): instants as ISO strings. */
export type BundleJson = { format: typeof BUNDLE_FORMAT; project: z.input<typeof projectSchema> } & {
  [K in BundleListName]: z.input<(typeof BUNDLE_LISTS)[K]>[];
};
