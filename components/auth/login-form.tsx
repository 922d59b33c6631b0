"use client";
// Вход в два шага: e-mail and password; when the account has a second factor the same form then asks
// for the code (the password stays in the form and is sent again with it).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { signInAction } from "@/app/login/actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(signInSchema, signInAction, {
    email: "",
    password: "",
    code: "",
    callbackUrl: callbackUrl ?? "/",
  });
  const askCode = state.values?.step === "code";
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-md">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("callbackUrl")} />
      <div hidden={askCode}>
        <Field id="email" label={t("email")} error={errorFor("email")}>
          {(aria) => <input {...aria} {...form.register("email")} type="email" autoComplete="username" className="input" />}
        </Field>
        <Field id="password" label={t("password")} error={errorFor("password")}>
          {(aria) => (
            <input {...aria} {...form.register("password")} type="password" autoComplete="current-password" className="input" />
          )}
        </Field>
      </div>
      {askCode && (
        <Field id="code" label={t("code")} error={errorFor("code")} hint={t("codeHint")}>
          {(aria) => (
            <input
              {...aria}
              {...form.register("code")}
              autoComplete="one-time-code"
              inputMode="text"
              autoFocus
              className="input"
            />
          )}
        </Field>
      )}
      <button className="btn w-full" disabled={pending}>
        {t("submit")}
      </button>
      <p className="mt-3 text-sm">
        <Link href="/login/forgot">{t("forgot")}</Link>
      </p>
    </form>
  );
}
