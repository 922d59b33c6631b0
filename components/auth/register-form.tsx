"use client";
import { useTranslations } from "next-intl";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { registrationSchema } from "@/lib/accounts/schemas";
import { CONSENT_TEXT, CONSENT_VERSION } from "@/lib/personal-data/consent";
import { registerAction } from "@/app/register/actions";

type Option = { id: string; name: string };

export function RegisterForm({ projectId, categories, regions }: { projectId: string; categories: Option[]; regions: Option[] }) {
  const t = useTranslations("auth");
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(registrationSchema, registerAction, {
    projectId,
    fullName: "",
    email: "",
    password: "",
    passwordConfirm: "",
    categoryId: "",
    regionId: "",
    organization: "",
  });
  const select = (name: "categoryId" | "regionId", options: Option[]) => (
    <Field id={name} label={t(name === "categoryId" ? "category" : "region")} error={errorFor(name)}>
      {(aria) => (
        <select {...aria} {...form.register(name)} className="input">
          <option value="">{t("choose")}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      <Field id="fullName" label={t("fullName")} error={errorFor("fullName")}>
        {(aria) => <input {...aria} {...form.register("fullName")} autoComplete="name" className="input" />}
      </Field>
      <Field id="email" label={t("email")} error={errorFor("email")}>
        {(aria) => <input {...aria} {...form.register("email")} type="email" autoComplete="email" className="input" />}
      </Field>
      <Field id="password" label={t("password")} error={errorFor("password")} hint={t("passwordHint")}>
        {(aria) => (
          <input {...aria} {...form.register("password")} type="password" autoComplete="new-password" className="input" />
        )}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} error={errorFor("passwordConfirm")}>
        {(aria) => (
          <input {...aria} {...form.register("passwordConfirm")} type="password" autoComplete="new-password" className="input" />
        )}
      </Field>
      {select("categoryId", categories)}
      {select("regionId", regions)}
      <Field id="organization" label={t("organization")} error={errorFor("organization")}>
        {(aria) => <input {...aria} {...form.register("organization")} autoComplete="organization" className="input" />}
      </Field>
      <div className="mb-4">
        <p
          id="consent-text"
          tabIndex={0}
          aria-label="Текст согласия на обработку персональных данных"
          className="mb-2 max-h-40 overflow-y-auto rounded-md border p-2 text-sm text-ink-muted"
        >
          {CONSENT_TEXT} <span className="whitespace-nowrap">(редакция {CONSENT_VERSION})</span>
        </p>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            {...form.register("consent")}
            value="on"
            aria-invalid={!!errorFor("consent")}
            aria-describedby={errorFor("consent") ? "consent-text consent-error" : "consent-text"}
            className="mt-1"
          />
          <span>{t("consent")}</span>
        </label>
        {errorFor("consent") && (
          <p id="consent-error" className="field-error" role="alert">
            {errorFor("consent")}
          </p>
        )}
      </div>
      <button className="btn w-full" disabled={pending}>
        {t("registerSubmit")}
      </button>
    </form>
  );
}
