"use client";
// Смена этапа кандидата: only the moves the lifecycle table allows are offered; the fields the chosen move
// needs (decision, appointment, exclusion reason) appear beside it and are checked by the same schema.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { EXCLUSION_REASONS, RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import { transitionSchema } from "@/lib/reserve/schemas";

type Props = {
  candidateId: string;
  next: (keyof typeof RESERVE_STATUS_NAMES)[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function TransitionForm({ candidateId, next, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(transitionSchema, action, {
    candidateId,
    to: next[0] ?? "",
  });
  const to = form.watch("to");
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-4" aria-label="Смена статуса кандидата">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("candidateId")} />
      <Field id="tr-to" label="Новый статус" error={errorFor("to")}>
        {(aria) => (
          <select {...aria} {...form.register("to")} className="input">
            {next.map((s) => (
              <option key={s} value={s}>
                {RESERVE_STATUS_NAMES[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {to === "included" && (
        <>
          <Field id="tr-decisionNumber" label="Номер решения о включении" error={errorFor("decisionNumber")}>
            {(aria) => <input {...aria} {...form.register("decisionNumber")} className="input" />}
          </Field>
          <Field id="tr-decisionDate" label="Дата решения" error={errorFor("decisionDate")}>
            {(aria) => <input {...aria} type="date" {...form.register("decisionDate")} className="input" />}
          </Field>
        </>
      )}
      {to === "appointed" && (
        <>
          <Field id="tr-appointedPosition" label="Должность назначения" error={errorFor("appointedPosition")}>
            {(aria) => <input {...aria} {...form.register("appointedPosition")} className="input" />}
          </Field>
          <Field id="tr-appointedAt" label="Дата назначения" error={errorFor("appointedAt")}>
            {(aria) => <input {...aria} type="date" {...form.register("appointedAt")} className="input" />}
          </Field>
        </>
      )}
      {to === "excluded" && (
        <Field id="tr-exclusionReason" label="Причина исключения" error={errorFor("exclusionReason")}>
          {(aria) => (
            <select {...aria} {...form.register("exclusionReason")} className="input">
              <option value="">— выберите —</option>
              {Object.entries(EXCLUSION_REASONS).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="tr-reason" label="Основание, комментарий" error={errorFor("reason")}>
        {(aria) => <textarea {...aria} {...form.register("reason")} rows={2} className="input" />}
      </Field>
      <button className="btn" disabled={pending}>
        Изменить статус
      </button>
    </form>
  );
}
