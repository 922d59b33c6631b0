// zod with Russian default messages; schemas give their own specific messages where it matters.
import { z } from "zod";

z.config(z.locales.ru());

export { z };

/** Field errors of a failed parse, keyed by the dotted path of each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * FormData → plain object; repeated keys (checkbox groups, multi-selects) become arrays. U+0000 is
 * dropped: no one types it, and PostgreSQL can't store it in text (a crafted post would fail the write).
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string" || key.startsWith("$ACTION")) continue;
    const value = raw.replaceAll("\u0000", "");
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
