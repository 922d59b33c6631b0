// Регистрация участника: the form's schema, shared by the browser and the server action.
import { emailSchema, fullNameSchema, passwordSchema } from "../users/schemas";
import { z } from "../infra/validation/zod";

export const registrationSchema = z
  .object({
    fullName: fullNameSchema,
    email: emailSchema,
    password: passwordSchema,
    passwordConfirm: z.string(),
    projectId: z.string().min(1, "Проект не выбран"),
    categoryId: z.string({ error: "Выберите категорию" }).min(1, "Выберите категорию"),
    regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
    organization: z.string().trim().max(300, "Слишком длинное название").optional(),
    consent: z.literal("on", { error: "Нужно согласие на обработку персональных данных" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "Пароли не совпадают" });

export type RegistrationInput = z.infer<typeof registrationSchema>;
