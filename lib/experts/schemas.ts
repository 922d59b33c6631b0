// Эксперт: one schema for the registry form (client) and saveExpert (server); the expert's own profile
// form edits only contacts and competences.
import { z } from "../infra/validation/zod";

const optionalText = (max: number, message = `Не длиннее ${max} символов`) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Competences typed one per line. */
const lines = z
  .string()
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ])
  .refine((v) => v.length <= 30, "Не больше 30 компетенций")
  .refine((v) => v.every((c) => c.length <= 200), "Компетенция — не длиннее 200 символов");

const ids = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().min(1)).max(50, "Не больше 50 направлений"),
);

const email = z
  .string()
  .trim()
  .max(200, "Не длиннее 200 символов")
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, "Введите адрес электронной почты, например ivanov@mail.ru")
  .transform((v) => v || null);

const phone = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^[+\d][\d\s()-]{4,24}$/.test(v), "Введите телефон цифрами, например +7 4852 12-34-56")
  .transform((v) => v || null);

export const expertContactsSchema = z.object({
  email,
  phone,
  organization: optionalText(300),
  competences: lines,
});

export const expertSchema = expertContactsSchema.extend({
  id: z.string().optional(),
  projectId: z.string().min(1, "Не указан проект"),
  code: z
    .string()
    .trim()
    .max(50, "Не длиннее 50 символов")
    .optional()
    .refine((v) => !v || /^[\w.-]+$/.test(v), "Код — латинские буквы, цифры, точка, дефис, подчёркивание")
    .transform((v) => v || null),
  fullName: z.string({ error: "Введите ФИО" }).trim().min(3, "Введите ФИО полностью").max(200, "Не длиннее 200 символов"),
  independent: checkbox,
  regionId: z.string({ error: "Выберите регион эксперта" }).min(1, "Выберите регион эксперта"),
  directionIds: ids,
  userEmail: email,
  consent: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { error: "Без согласия на обработку персональных данных эксперта внести нельзя" }),
  ),
});

export type ExpertInput = z.infer<typeof expertSchema>;
export type ExpertContactsInput = z.infer<typeof expertContactsSchema>;
