// Реестр участников: the card's edit schema (form and action), the merge form and the list filter.
import { emailSchema, fullNameSchema } from "../users/schemas";
import { z } from "../infra/validation/zod";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

export const phoneSchema = z
  .string()
  .trim()
  .max(40, "Слишком длинный телефон")
  .regex(/^[0-9+()\-\s]*$/, "Телефон: только цифры, пробелы, +, - и скобки, например +7 (4852) 40-00-00")
  .optional()
  .transform((v) => v || null);

export const participantFields = {
  fullName: fullNameSchema,
  email: z
    .union([z.literal("").transform(() => null), emailSchema])
    .optional()
    .transform((v) => v ?? null),
  phone: phoneSchema,
  organization: optionalText(300, "Слишком длинное название организации"),
  position: optionalText(200, "Слишком длинное название должности"),
  categoryId: z.string({ error: "Выберите категорию" }).min(1, "Выберите категорию"),
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
};

export const participantSchema = z.object({ id: z.string().min(1), ...participantFields });
export type ParticipantInput = z.infer<typeof participantSchema>;

/** Merge the card's record (`id`) with another record of the same person (`other`: its code or id). */
export const mergeSchema = z.object({
  id: z.string().min(1),
  other: z.string({ error: "Укажите код второй записи" }).trim().min(1, "Укажите код второй записи"),
  keep: z.enum(["this", "other"], { error: "Выберите, какую запись оставить" }),
});
export type MergeInput = z.infer<typeof mergeSchema>;

export type ParticipantFilter = { q?: string; regionId?: string; categoryId?: string; page: number };
