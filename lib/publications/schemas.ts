// Информационные ресурсы и публикации: one schema each for the form (client) and the domain (server).
import { z } from "../infra/validation/zod";

export const RESOURCE_KINDS = ["media", "portal", "social"] as const;
export const RESOURCE_KIND_NAMES: Record<(typeof RESOURCE_KINDS)[number], string> = {
  media: "СМИ",
  portal: "портал",
  social: "социальная сеть",
};

const link = (required: boolean) =>
  z
    .string()
    .trim()
    .max(1000, "Не длиннее 1000 символов")
    .refine((v) => (required ? v.length > 0 : true), "Вставьте ссылку")
    .refine((v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), "Ссылка должна начинаться с http:// или https://");

export const resourceSchema = z.object({
  id: z.string().optional(),
  projectId: z.string().min(1, "Не указан проект"),
  code: z
    .string()
    .trim()
    .max(50, "Не длиннее 50 символов")
    .optional()
    .refine((v) => !v || /^[\w.-]+$/.test(v), "Код — латинские буквы, цифры, точка, дефис, подчёркивание")
    .transform((v) => v || null),
  name: z.string({ error: "Введите название" }).trim().min(2, "Введите название").max(200, "Не длиннее 200 символов"),
  kind: z.enum(RESOURCE_KINDS, { error: "Выберите вид ресурса" }),
  url: link(false)
    .optional()
    .transform((v) => v || null),
});

export type ResourceInput = z.infer<typeof resourceSchema>;

export const publicationSchema = z.object({
  id: z.string().optional(),
  projectId: z.string().min(1, "Не указан проект"),
  resourceId: z.string({ error: "Выберите ресурс" }).min(1, "Выберите ресурс"),
  regionId: z.string({ error: "Выберите регион" }).min(1, "Выберите регион"),
  eventId: z
    .string()
    .optional()
    .transform((v) => v || null),
  url: link(true),
  title: z
    .string()
    .trim()
    .max(500, "Не длиннее 500 символов")
    .optional()
    .transform((v) => v || null),
  publishedAt: z
    .string({ error: "Укажите дату публикации" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Укажите дату публикации")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Такой даты нет"),
});

export type PublicationInput = z.infer<typeof publicationSchema>;
