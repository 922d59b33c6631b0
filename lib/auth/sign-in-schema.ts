import { z } from "../validation/zod";

export const signInSchema = z.object({
  email: z.string({ error: "Укажите e-mail" }).trim().min(1, "Укажите e-mail").max(320, "Слишком длинный e-mail"),
  password: z.string({ error: "Укажите пароль" }).min(1, "Укажите пароль").max(1024, "Слишком длинный пароль"),
  callbackUrl: z.string().optional(),
});
