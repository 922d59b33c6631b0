"use client";
import { useTranslations } from "next-intl";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ROLES } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/infra/http/form-state";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";

// The schema is chosen here, not passed in: a zod schema is a class instance and can't cross
// from a Server Component to this Client Component.
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, unknown>;
  regions: { id: string; name: string }[];
  mode: "create" | "edit";
};

export function UserForm({ action, defaults, regions, mode }: Props) {
  const t = useTranslations();
  const schema = mode === "create" ? createUserSchema : updateUserSchema;
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(schema, action, defaults);
  const role = form.watch("role");
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl">
      <FormMessage ok={state.ok} message={state.message} />
      {mode === "edit" && <input type="hidden" {...form.register("id")} />}
      <Field id="fullName" label={t("auth.fullName")} error={errorFor("fullName")}>
        {(aria) => <input {...aria} {...form.register("fullName")} className="input" />}
      </Field>
      <Field id="email" label={t("auth.email")} error={errorFor("email")}>
        {(aria) => <input {...aria} {...form.register("email")} type="email" className="input" />}
      </Field>
      {mode === "create" && (
        <Field id="password" label={t("auth.password")} error={errorFor("password")} hint={t("auth.passwordHint")}>
          {(aria) => (
            <input {...aria} {...form.register("password")} type="password" autoComplete="new-password" className="input" />
          )}
        </Field>
      )}
      <Field id="role" label="Роль" error={errorFor("role")}>
        {(aria) => (
          <select {...aria} {...form.register("role")} className="input">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {role === "COORDINATOR" && (
        <fieldset className="mb-4" aria-describedby={errorFor("regionIds") ? "regionIds-error" : undefined}>
          <legend className="label">Регионы координатора</legend>
          {regions.map((r) => (
            <label key={r.id} className="flex items-center gap-2">
              <input type="checkbox" value={r.id} {...form.register("regionIds")} />
              {r.name}
            </label>
          ))}
          {errorFor("regionIds") && (
            <p id="regionIds-error" className="field-error" role="alert">
              {errorFor("regionIds")}
            </p>
          )}
        </fieldset>
      )}
      {mode === "edit" && (
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" value="on" {...form.register("active")} />
          Учётная запись активна
        </label>
      )}
      <button className="btn" disabled={pending}>
        {mode === "create" ? "Создать пользователя" : t("common.save")}
      </button>
    </form>
  );
}
