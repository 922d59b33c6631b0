import { z } from "../infra/validation/zod";

export const signInSchema = z.object({
  email: z.string({ error: "Укажите e-mail" }).trim().min(1, "Укажите e-mail").max(320, "Слишком длинный e-mail"),
  password: z.string({ error: "Укажите пароль" }).min(1, "Укажите пароль").max(1024, "Слишком длинный пароль"),
  /** the second step: a TOTP or recovery code, asked for after the password proved right */
  code: z.string().trim().max(40, "Слишком длинный код").optional(),
  callbackUrl: z.string().optional(),
});
