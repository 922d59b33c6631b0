"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import type { FormState } from "@/lib/actions/form-state";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/zod";

// only local paths: a crafted callbackUrl must not send the user to another site
const safeRedirect = (url?: string) => (url && url.startsWith("/") && !url.startsWith("//") ? url : "/");

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = signInSchema.safeParse(raw);
  const values = { email: String(raw.email ?? "") };
  if (!parsed.success) return { ok: false, message: "Проверьте поля формы", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirect(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const message =
        code === "locked"
          ? "Слишком много неудачных попыток входа. Повторите попытку через 15 минут."
          : "Неверный e-mail или пароль";
      return { ok: false, message, values };
    }
    throw error; // the redirect after a successful sign-in
  }
}
