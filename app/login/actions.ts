"use server";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/session";
import { endUserSession } from "@/lib/auth/sessions/end-user-session";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import type { FormState } from "@/lib/infra/http/form-state";
import { db } from "@/lib/infra/db/client";
import { fieldErrorsOf, formDataToObject } from "@/lib/infra/validation/zod";

// only local paths: a crafted callbackUrl must not send the user to another site
const safeRedirect = (url?: string) => (url && url.startsWith("/") && !url.startsWith("//") ? url : "/");

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("auth");
  const raw = formDataToObject(formData);
  const parsed = signInSchema.safeParse(raw);
  const values = { email: String(raw.email ?? "") };
  if (!parsed.success) return { ok: false, message: "Проверьте поля формы", fieldErrors: fieldErrorsOf(parsed.error), values };
  // signing in from a browser that still has a session: that one ends, a new one begins
  const previous = await getSessionUser();
  if (previous?.sessionId) await endUserSession(db, previous.sessionId, "replaced");
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      code: parsed.data.code ?? "",
      redirectTo: safeRedirect(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      // values.step tells the form to show the code field; the password stays in the form, never echoed
      if (code === "second_factor_required")
        return { ok: false, message: t("codeRequired"), values: { ...values, step: "code" } };
      if (code === "second_factor_invalid") {
        return {
          ok: false,
          message: t("codeInvalid"),
          fieldErrors: { code: [t("codeInvalid")] },
          values: { ...values, step: "code" },
        };
      }
      return { ok: false, message: code === "locked" ? t("locked") : t("invalid"), values };
    }
    throw error; // the redirect after a successful sign-in
  }
}
