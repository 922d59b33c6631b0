// Формы пользователей: one schema per concept; the forms and the actions derive theirs from it.
import { ROLES } from "../auth/permissions";
import { isCommonPassword } from "../auth/passwords/is-common-password";
import { z } from "../infra/validation/zod";

export const emailSchema = z
  .string({ error: "Укажите e-mail" })
  .trim()
  .toLowerCase()
  .min(1, "Укажите e-mail")
  .max(320, "Слишком длинный e-mail")
  .pipe(z.email("Неверный формат e-mail, пример: ivanova@example.ru"));

/**
 * Парольная политика (ASVS 6.2): 8 characters at least (15 recommended on the forms), up to 128, any
 * characters and no composition rules or forced rotation, but not one of the common passwords.
 */
export const passwordSchema = z
  .string({ error: "Укажите пароль" })
  .min(8, "Пароль должен быть не короче 8 символов (рекомендуем 15 и больше)")
  .max(128, "Пароль должен быть не длиннее 128 символов")
  // a short one already has its own message
  .refine((p) => p.length < 8 || !isCommonPassword(p), "Этот пароль слишком распространён и легко подбирается — выберите другой");

export const fullNameSchema = z
  .string({ error: "Укажите ФИО" })
  .trim()
  .min(2, "Укажите ФИО полностью")
  .max(200, "Слишком длинное ФИО");

/** Multi-select fields arrive as a string (one value) or an array (several) or not at all. */
const idList = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
  z.array(z.string().min(1)),
);

export const userSchema = z.object({
  email: emailSchema,
  fullName: fullNameSchema,
  role: z.enum(ROLES, { error: "Выберите роль" }),
  regionIds: idList,
  password: passwordSchema,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

const coordinatorNeedsRegion = <T extends { role: string; regionIds: string[] }>(value: T, ctx: z.RefinementCtx) => {
  if (value.role === "COORDINATOR" && value.regionIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["regionIds"], message: "Координатору нужен хотя бы один регион" });
  }
};

export const createUserSchema = userSchema.omit({ active: true }).superRefine(coordinatorNeedsRegion);
export const updateUserSchema = userSchema
  .omit({ password: true })
  .extend({ id: z.string().min(1) })
  .superRefine(coordinatorNeedsRegion);
export const resetPasswordSchema = userSchema.pick({ password: true }).extend({ id: z.string().min(1) });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
