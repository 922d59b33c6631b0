// Анкета обратной связи: the template questions of a project, the questions chosen for an event, and the
// participant's answers. `feedbackSchemaFor` builds one schema from the event's questions, used by the
// form (client) and by submitFeedback (server), so both refuse the same input with the same words.
import { z } from "../infra/validation/zod";

export const QUESTION_KINDS = ["scale", "single", "multiple", "text"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_NAMES: Record<QuestionKind, string> = {
  scale: "Шкала от 1 до 5",
  single: "Один вариант из списка",
  multiple: "Несколько вариантов из списка",
  text: "Свободный ответ",
};

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Options typed one per line in a textarea. */
const optionLines = z
  .string()
  .optional()
  .transform((v) =>
    [
      ...new Set(
        (v ?? "")
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ].slice(0, 50),
  );

export const surveyQuestionSchema = z
  .object({
    id: z.string().optional(),
    projectId: z.string().min(1, "Не указан проект"),
    kind: z.enum(QUESTION_KINDS, { error: "Выберите тип вопроса" }),
    text: z
      .string({ error: "Введите текст вопроса" })
      .trim()
      .min(5, "Текст вопроса — не короче 5 символов")
      .max(500, "Не длиннее 500 символов"),
    options: optionLines,
    required: checkbox,
  })
  .refine((q) => (q.kind === "single" || q.kind === "multiple" ? q.options.length >= 2 : true), {
    path: ["options"],
    message: "Укажите не меньше двух вариантов ответа, каждый с новой строки",
  })
  .refine((q) => q.options.every((o) => o.length <= 200), { path: ["options"], message: "Вариант — не длиннее 200 символов" });

export type SurveyQuestionInput = z.infer<typeof surveyQuestionSchema>;

const ids = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().min(1)).max(30, "Не больше 30 вопросов в анкете"),
);

/** The organizer's choice of template questions for an event, in the order given. */
export const eventQuestionsSchema = z.object({ eventId: z.string().min(1), questionIds: ids });

export type FormQuestion = { id: string; kind: QuestionKind; text: string; options: string[]; required: boolean };

/** The FormData/form field of a question's answer. */
export const answerField = (questionId: string) => `q_${questionId}`;

const REQUIRED = "Ответьте на этот вопрос";

function answerSchema(q: FormQuestion): z.ZodType {
  const empty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
  const present = z.preprocess((v) => (empty(v) ? undefined : v), z.unknown());
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any input: the preprocess passes anything on
  const optional = (schema: z.ZodType<any, any>) =>
    q.required ? present.refine((v) => v !== undefined, REQUIRED).pipe(schema) : present.pipe(schema.optional());
  switch (q.kind) {
    case "scale":
      return optional(z.coerce.number({ error: "Выберите оценку от 1 до 5" }).int().min(1, "От 1 до 5").max(5, "От 1 до 5"));
    case "single":
      return optional(z.string().refine((v) => q.options.includes(v), "Выберите вариант из списка"));
    case "multiple":
      return optional(
        z.preprocess(
          (v) => (Array.isArray(v) ? v : [v]),
          z
            .array(z.string())
            .refine((vs) => vs.every((v) => q.options.includes(v)), "Выберите варианты из списка")
            .transform((vs) => [...new Set(vs)]),
        ),
      );
    case "text":
      return optional(z.string().trim().max(2000, "Не длиннее 2000 символов"));
  }
}

/** The whole feedback form for these questions: the satisfaction rating, the answers and a comment. */
export function feedbackSchemaFor(questions: FormQuestion[]) {
  return z.object({
    eventId: z.string().min(1),
    rating: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce
        .number({ error: "Оцените мероприятие от 1 до 5" })
        .int("Оцените мероприятие от 1 до 5")
        .min(1, "Оцените мероприятие от 1 до 5")
        .max(5, "Оцените мероприятие от 1 до 5"),
    ),
    comment: z
      .string()
      .trim()
      .max(4000, "Не длиннее 4000 символов")
      .optional()
      .transform((v) => v || null),
    ...Object.fromEntries(questions.map((q) => [answerField(q.id), answerSchema(q)])),
  });
}

export type FeedbackAnswers = Record<string, number | string | string[]>;

/** The answers of a parsed form as stored in Feedback.answers: question id → answer, empty ones left out. */
export function answersOf(questions: FormQuestion[], parsed: Record<string, unknown>): FeedbackAnswers {
  const answers: FeedbackAnswers = {};
  for (const q of questions) {
    const value = parsed[answerField(q.id)];
    if (value === undefined || value === null || value === "") continue;
    answers[q.id] = value as number | string | string[];
  }
  return answers;
}
