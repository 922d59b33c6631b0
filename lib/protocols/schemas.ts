// Совещания, протоколы, отчёты и приёмка: one zod schema per form, shared by the form and its action.
// Multi-line fields (agenda, participants, links) are one item per line; protocol rows come as
// `assignments.<n>.<field>` (FormData) or as an array (react-hook-form); empty rows are dropped.
import { isLocalDate } from "../events/event-filter";
import { z } from "../infra/validation/zod";

/** How many assignment rows the protocol form offers. */
export const ASSIGNMENT_ROWS = 5;
export const MAX_LINKS = 10;

const lines = (value: unknown) =>
  String(value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const localDate = (message: string) => z.string({ error: message }).refine(isLocalDate, message);

/** The federal centre's key among the per-region participant fields. */
export const FEDERAL = "federal";

// participants come as `participants.<regionId|federal>` fields (FormData) or a nested object (react-hook-form)
function participantGroups(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const source = input as Record<string, unknown>;
  const groups: Record<string, unknown> =
    typeof source.participants === "object" && source.participants !== null ? { ...(source.participants as object) } : {};
  for (const [key, value] of Object.entries(source)) {
    const m = /^participants\.(.+)$/.exec(key);
    if (m) groups[m[1]] = value;
  }
  const participants = Object.entries(groups).flatMap(([key, value]) =>
    lines(value).map((fullName) => ({ regionId: key === FEDERAL ? null : key, fullName })),
  );
  return { ...source, participants };
}

export const meetingSchema = z.preprocess(
  participantGroups,
  z.object({
    projectId: z.string().min(1),
    title: z
      .string({ error: "Укажите название" })
      .trim()
      .min(3, "Название — не короче 3 символов")
      .max(300, "Не длиннее 300 символов"),
    /** yyyy-mm-ddThh:mm in the project's time zone */
    startsAt: z.string({ error: "Укажите дату и время" }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Укажите дату и время"),
    /** 1: one meeting; n: the same weekday and time for n weeks (еженедельное совещание) */
    weeks: z.coerce
      .number({ error: "Укажите число недель" })
      .int("Целое число недель")
      .min(1, "От 1 до 26 недель")
      .max(26, "От 1 до 26 недель"),
    agenda: z
      .string()
      .optional()
      .transform(lines)
      .pipe(z.array(z.string().max(1000, "Пункт повестки — не длиннее 1000 символов")).max(30, "Не больше 30 пунктов повестки")),
    participants: z
      .array(z.object({ regionId: z.string().nullable(), fullName: z.string().max(300, "Не длиннее 300 символов") }))
      .max(300, "Не больше 300 участников"),
  }),
);
export type MeetingInput = z.infer<typeof meetingSchema>;

const ROW = /^assignments\.(\d+)\.(text|dueDate|regionIds)$/;

function assignmentRows(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const source = input as Record<string, unknown>;
  const rows: Record<string, unknown>[] = Array.isArray(source.assignments)
    ? (source.assignments as Record<string, unknown>[]).map((r) => ({ ...r }))
    : [];
  for (const [key, value] of Object.entries(source)) {
    const m = ROW.exec(key);
    if (m) (rows[Number(m[1])] ??= {})[m[2]] = value;
  }
  const blank = (v: unknown) => v === undefined || v === null || v === false || String(v).trim() === "";
  const regionIds = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && !!x);
  const kept = rows
    .map((r): Record<string, unknown> & { regionIds: string[] } => ({ ...r, regionIds: regionIds(r?.regionIds) }))
    .filter((r) => r && !(blank(r.text) && blank(r.dueDate) && r.regionIds.length === 0));
  return { ...source, assignments: kept };
}

const assignmentRow = z.object({
  text: z
    .string({ error: "Сформулируйте поручение" })
    .trim()
    .min(5, "Поручение — не короче 5 символов")
    .max(5000, "Не длиннее 5000 символов"),
  regionIds: z.array(z.string().min(1)).min(1, "Выберите хотя бы один регион"),
  dueDate: localDate("Укажите срок"),
});

export const protocolSchema = z.preprocess(
  assignmentRows,
  z.object({
    meetingId: z.string().min(1),
    protocolNumber: z
      .string({ error: "Укажите номер протокола" })
      .trim()
      .min(1, "Укажите номер протокола")
      .max(50, "Не длиннее 50 символов"),
    protocolDate: localDate("Укажите дату протокола"),
    decisions: z
      .string({ error: "Опишите решения" })
      .trim()
      .min(5, "Решения — не короче 5 символов")
      .max(20_000, "Не длиннее 20 000 символов"),
    assignments: z
      .array(assignmentRow)
      .min(1, "Протокол без поручений: добавьте хотя бы одно")
      .max(ASSIGNMENT_ROWS * 4, "Слишком много поручений"),
  }),
);
export type ProtocolInput = z.infer<typeof protocolSchema>;

export const reportSchema = z.object({
  itemId: z.string().min(1),
  text: z
    .string({ error: "Опишите, что сделано" })
    .trim()
    .min(5, "Отчёт — не короче 5 символов")
    .max(10_000, "Не длиннее 10 000 символов"),
  /** подтверждающие материалы: one http(s) link per line */
  links: z
    .string()
    .optional()
    .transform(lines)
    .pipe(
      z
        .array(
          z
            .url({ protocol: /^https?$/, error: "Каждая строка — ссылка, начинающаяся с http:// или https://" })
            .max(2000, "Ссылка слишком длинная"),
        )
        .max(MAX_LINKS, `Не больше ${MAX_LINKS} ссылок`),
    ),
});
export type ReportInput = z.infer<typeof reportSchema>;

export const reviewSchema = z
  .object({
    itemId: z.string().min(1),
    decision: z.enum(["accepted", "returned"], { error: "Выберите решение" }),
    comment: z.string().trim().max(5000, "Не длиннее 5000 символов").optional().default(""),
  })
  .refine((v) => v.decision !== "returned" || v.comment.length >= 5, {
    path: ["comment"],
    message: "Объясните, что доработать (не короче 5 символов)",
  });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const itemIdSchema = z.object({ itemId: z.string().min(1) });

/** ответственный координатор пункта: a coordinator of the item's region, or nobody ("") */
export const responsibleSchema = z.object({
  itemId: z.string().min(1),
  responsibleId: z.string().trim().max(40).optional().default(""),
});
export type ResponsibleInput = z.infer<typeof responsibleSchema>;
