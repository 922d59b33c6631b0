"use client";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { changePasswordSchema } from "@/lib/auth/passwords/schemas";
import { changePasswordAction } from "@/app/account/security/actions";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm() {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(changePasswordSchema, changePasswordAction, {
    currentPassword: "",
    password: "",
    passwordConfirm: "",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label="Смена пароля">
      <h2 className="mt-0">Пароль</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="change-currentPassword" label="Текущий пароль" error={errorFor("currentPassword")}>
        {(aria) => (
          <input
            {...aria}
            {...form.register("currentPassword")}
            type="password"
            autoComplete="current-password"
            className="input"
          />
        )}
      </Field>
      <NewPasswordFields form={form} errorFor={errorFor} idPrefix="change" />
      <button className="btn" disabled={pending}>
        Сменить пароль
      </button>
    </form>
  );
}
