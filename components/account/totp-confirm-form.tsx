"use client";
// Подтверждение второго фактора: the first code from the app; then the ten recovery codes, shown once.
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { initialFormState } from "@/lib/infra/http/form-state";
import { confirmTotpEnrolmentAction } from "@/app/account/security/actions";

export function TotpConfirmForm() {
  const [state, run, pending] = useActionState(confirmTotpEnrolmentAction, initialFormState);
  const codes = state.ok ? (state.values?.recoveryCodes as string[] | undefined) : undefined;
  if (codes) {
    return (
      <div className="card border-ok">
        <FormMessage ok message={state.message} />
        <h3 className="mt-0">Резервные коды</h3>
        <p>
          Сохраните их сейчас — например, распечатайте или перепишите и храните отдельно от телефона. Каждый код работает один
          раз, если телефон потерян. Больше мы их не покажем.
        </p>
        <ul aria-label="Резервные коды" className="my-3 grid grid-cols-2 gap-2 font-mono text-lg">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <a className="btn" href="/account/security">
          Я сохранил(а) коды
        </a>
      </div>
    );
  }
  return (
    <form action={run} noValidate aria-label="Подтверждение второго фактора">
      <FormMessage ok={state.ok} message={state.message} />
      <Field
        id="totp-code"
        label="Код из приложения"
        error={state.fieldErrors?.code?.[0]}
        hint="Шесть цифр, которые сейчас показывает приложение"
      >
        {(aria) => (
          <input
            {...aria}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={20}
            className="input max-w-xs"
          />
        )}
      </Field>
      <button className="btn" disabled={pending}>
        Подтвердить
      </button>
    </form>
  );
}
