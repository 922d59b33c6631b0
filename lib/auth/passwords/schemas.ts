// Формы паролей: смена своего пароля, запрос ссылки для сброса, новый пароль по ссылке.
import { emailSchema, passwordSchema } from "../../users/schemas";
import { z } from "../../infra/validation/zod";

const confirmed = <T extends { password: string; passwordConfirm: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.password !== v.passwordConfirm)
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "Пароли не совпадают" });
};

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Укажите текущий пароль" }).min(1, "Укажите текущий пароль").max(1024),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .superRefine(confirmed);

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordWithTokenSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .superRefine(confirmed);

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Политика безопасности: the admin's select. */
export const securityPolicySchema = z.object({ requireTotpForStaff: z.enum(["yes", "no"], { error: "Выберите вариант" }) });
