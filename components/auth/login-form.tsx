"use client";
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
    callbackUrl: callbackUrl ?? "/",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-md">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("callbackUrl")} />
      <Field id="email" label={t("email")} error={errorFor("email")}>
        {(aria) => <input {...aria} {...form.register("email")} type="email" autoComplete="username" className="input" />}
      </Field>
      <Field id="password" label={t("password")} error={errorFor("password")}>
        {(aria) => (
          <input {...aria} {...form.register("password")} type="password" autoComplete="current-password" className="input" />
        )}
      </Field>
      <button className="btn w-full" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
