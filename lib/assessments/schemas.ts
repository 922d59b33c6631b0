// Оценка результатов квартала: a verdict, the assessment text and corrective actions (корректировка)
// with owners and due dates. The actions come as rows `actions.<n>.<field>` (FormData) or as an array
// (react-hook-form); empty rows are dropped.
import { z } from "../infra/validation/zod";

export const VERDICTS = ["met", "partly", "not_met"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_NAMES: Record<Verdict, string> = {
  met: "Результаты достигнуты",
  partly: "Достигнуты частично",
  not_met: "Не достигнуты",
};

/** How many action rows the form offers. */
export const ACTION_ROWS = 5;

const ROW = /^actions\.(\d+)\.(text|owner|dueDate)$/;

function actionRows(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const source = input as Record<string, unknown>;
  const rows: Record<string, unknown>[] = Array.isArray(source.actions)
    ? (source.actions as Record<string, unknown>[]).map((r) => ({ ...r }))
    : [];
  for (const [key, value] of Object.entries(source)) {
    const m = ROW.exec(key);
    if (m) (rows[Number(m[1])] ??= {})[m[2]] = value;
  }
  const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === "";
  const kept = rows.filter((r) => r && !(blank(r.text) && blank(r.owner) && blank(r.dueDate)));
  return { ...source, actions: kept };
}

const action = z.object({
  text: z.string({ error: "Опишите меру" }).trim().min(5, "Мера — не короче 5 символов").max(1000, "Не длиннее 1000 символов"),
  owner: z
    .string({ error: "Укажите ответственного" })
    .trim()
    .min(3, "Укажите ответственного")
    .max(300, "Не длиннее 300 символов"),
  dueDate: z.string({ error: "Укажите срок" }).regex(/^\d{4}-\d{2}-\d{2}$/, "Укажите срок"),
});

export const assessmentSchema = z.preprocess(
  actionRows,
  z.object({
    projectId: z.string().min(1),
    year: z.coerce.number().int().min(2000).max(2100),
    quarter: z.coerce.number({ error: "Выберите квартал" }).int().min(1, "Выберите квартал").max(4, "Выберите квартал"),
    verdict: z.enum(VERDICTS, { error: "Выберите итог оценки" }),
    summary: z
      .string({ error: "Опишите оценку результатов" })
      .trim()
      .min(20, "Оценка — не короче 20 символов")
      .max(10_000, "Не длиннее 10 000 символов"),
    actions: z.array(action).max(ACTION_ROWS * 4, "Слишком много мер"),
  }),
);

export type AssessmentInput = z.infer<typeof assessmentSchema>;
