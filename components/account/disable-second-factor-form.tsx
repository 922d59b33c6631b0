"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { initialFormState } from "@/lib/infra/http/form-state";
import { disableSecondFactorAction } from "@/app/account/security/actions";

export function DisableSecondFactorForm() {
  const [state, run, pending] = useActionState(disableSecondFactorAction, initialFormState);
  return (
    <form action={run} noValidate aria-label="Отключение второго фактора" className="mt-4">
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="disable-password" label="Пароль для подтверждения" error={state.fieldErrors?.password?.[0]}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" className="input max-w-xs" />}
      </Field>
      <button className="btn-secondary" disabled={pending}>
        Отключить второй фактор
      </button>
    </form>
  );
}
