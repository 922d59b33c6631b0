"use client";
import { FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { resetPasswordWithTokenSchema } from "@/lib/auth/passwords/schemas";
import { resetPasswordWithTokenAction } from "@/app/login/reset/actions";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordWithTokenForm({ token }: { token: string }) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(
    resetPasswordWithTokenSchema,
    resetPasswordWithTokenAction,
    {
      token,
      password: "",
      passwordConfirm: "",
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-md" aria-label="Задать новый пароль">
      <FormMessage ok={state.ok} message={state.message ?? errorFor("token")} />
      <input type="hidden" {...form.register("token")} />
      <NewPasswordFields form={form} errorFor={errorFor} idPrefix="reset" />
      <button className="btn w-full" disabled={pending}>
        Сохранить новый пароль
      </button>
    </form>
  );
}
