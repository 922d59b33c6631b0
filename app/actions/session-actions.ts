"use server";
// Sign-out and the language switch: small actions of the shell, no domain data involved.
import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE, isLocale } from "@/lib/infra/i18n/locales";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function setLocaleAction(formData: FormData) {
  const locale = String(formData.get("locale"));
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
