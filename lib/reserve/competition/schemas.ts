// Forms of the competition: one zod schema per form, shared by the form and the action.
import { z } from "../../infra/validation/zod";

const text = (max: number, message: string) =>
  z.string({ error: message }).trim().min(1, message).max(max, `Не длиннее ${max} символов`);

export const competitionSchema = z.object({
  reserveId: z.string().min(1),
  title: text(300, "Введите название конкурса"),
  year: z.coerce.number({ error: "Укажите год" }).int().min(2000, "Укажите год").max(2100, "Укажите год"),
});

export const stageSchema = z.object({
  competitionId: z.string().min(1),
  name: text(200, "Введите название этапа"),
  passThreshold: z.coerce.number({ error: "Укажите проходной балл" }).min(0, "От 0 до 100").max(100, "От 0 до 100"),
});

export const criterionSchema = z.object({
  stageId: z.string().min(1),
  name: text(200, "Введите критерий"),
  weight: z.coerce.number({ error: "Укажите вес" }).gt(0, "Вес больше нуля").max(1000, "Не больше 1000"),
  maxScore: z.coerce.number({ error: "Укажите максимум" }).int("Целое число").min(1, "Не меньше 1").max(100, "Не больше 100"),
});

export const entrySchema = z.object({
  competitionId: z.string().min(1),
  candidateId: z.string({ error: "Выберите кандидата" }).min(1, "Выберите кандидата"),
});

export const jurorSchema = z.object({ entryId: z.string().min(1), expertCode: text(60, "Укажите код эксперта") });

export const conflictSchema = z.object({
  entryId: z.string().min(1),
  expertId: z.string().optional(),
  reason: text(1000, "Опишите конфликт интересов"),
});

/** Scores arrive as `score_<criterionId>` fields. */
export const scoreFieldPrefix = "score_";
export const scoreSchema = z
  .object({ entryId: z.string().min(1), stageId: z.string().min(1), comment: z.string().trim().max(2000).optional() })
  .catchall(z.unknown());
