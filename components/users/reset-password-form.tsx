"use client";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { resetPasswordAction } from "@/app/admin/users/actions";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(resetPasswordSchema, resetPasswordAction, {
    id: userId,
    password: "",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl">
      <h2>Сброс пароля</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      <Field id="new-password" label="Новый пароль" error={errorFor("password")}>
        {(aria) => (
          <input {...aria} {...form.register("password")} type="password" autoComplete="new-password" className="input" />
        )}
      </Field>
      <button className="btn-secondary" disabled={pending}>
        Установить пароль
      </button>
    </form>
  );
}
