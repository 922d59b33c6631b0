// The one way to write a mutating server action behind a form: parse FormData with the shared zod
// schema, load the user, run the domain function (which checks the permission itself), and turn
// domain errors into a state the form shows next to its fields — keeping what the user typed.
import { getSessionUser } from "../../auth/session";
import type { SessionUser } from "../../auth/permissions";
import { AppError, isAppError, isUniqueViolation } from "../errors/app-error";
import type { FormState } from "./form-state";
import { recordRefusal } from "../../security-log/record-refusal";
import { fieldErrorsOf, formDataToObject, z } from "../validation/zod";

export type { FormState };

/** `formData`: the raw form, for what the schema doesn't parse (uploaded files). */
type Handler<S extends z.ZodType> = (
  input: z.infer<S>,
  ctx: { user: SessionUser | null; formData: FormData },
) => Promise<FormState | void>;

export function formAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S>,
  options: { uniqueField?: string; uniqueMessage?: string } = {},
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password/i.test(key)));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: "Проверьте поля формы", fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      const result = await handler(parsed.data, { user: await getSessionUser(), formData });
      return result ?? { ok: true };
    } catch (error) {
      if (isRedirect(error)) throw error;
      if (isAppError(error)) {
        await recordRefusal(error);
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
      }
      if (isUniqueViolation(error) && options.uniqueField) {
        const message = options.uniqueMessage ?? "Такое значение уже используется";
        return { ok: false, message, fieldErrors: { [options.uniqueField]: [message] }, values };
      }
      if (isDatabaseDown(error)) {
        return { ok: false, message: "Сервис временно недоступен. Данные формы сохранены — повторите попытку позже.", values };
      }
      console.error(error);
      return { ok: false, message: "Не удалось сохранить: внутренняя ошибка. Повторите попытку.", values };
    }
  };
}

// next/navigation's redirect() and notFound() work by throwing; they must pass through.
function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}

function isDatabaseDown(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? error);
  return /ECONNREFUSED|Can't reach database|connection terminated|timeout exceeded when trying to connect/i.test(text);
}

export { AppError };
