"use client";
// Протокол совещания: number, date, decisions and up to ASSIGNMENT_ROWS assignments, each with its
// regions (one tracked item per region) and deadline. Empty rows are ignored.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { ASSIGNMENT_ROWS, protocolSchema } from "@/lib/protocols/schemas";

type Props = {
  meetingId: string;
  protocolDate: string;
  timezone: string;
  regions: { id: string; name: string }[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function ProtocolForm({ meetingId, protocolDate, timezone, regions, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(protocolSchema, action, {
    meetingId,
    protocolNumber: "",
    protocolDate,
    decisions: "",
    assignments: Array.from({ length: ASSIGNMENT_ROWS }, () => ({ text: "", dueDate: "", regionIds: [] })),
  });
  if (state.ok) return <FormMessage ok message={state.message} />;
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-4xl" aria-label="Протокол совещания">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("meetingId")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="protocol-number" label="Номер протокола" error={errorFor("protocolNumber")}>
          {(aria) => <input {...aria} {...form.register("protocolNumber")} className="input" />}
        </Field>
        <Field id="protocol-date" label="Дата протокола" error={errorFor("protocolDate")}>
          {(aria) => <input {...aria} {...form.register("protocolDate")} type="date" className="input" />}
        </Field>
      </div>
      <Field id="protocol-decisions" label="Решения совещания" error={errorFor("decisions")}>
        {(aria) => <textarea {...aria} {...form.register("decisions")} rows={4} className="input" />}
      </Field>
      {errorFor("assignments") && (
        <p className="field-error mb-2" role="alert">
          {errorFor("assignments")}
        </p>
      )}
      {Array.from({ length: ASSIGNMENT_ROWS }, (_, i) => {
        const name = (field: string) => `assignments.${i}.${field}`;
        const regionsError = errorFor(name("regionIds"));
        return (
          <fieldset key={i} className="mb-4 rounded-md border border-line p-3">
            <legend className="label px-1">Поручение {i + 1}</legend>
            <Field id={`protocol-a${i}-text`} label={`Текст поручения ${i + 1}`} error={errorFor(name("text"))}>
              {(aria) => <textarea {...aria} {...form.register(name("text"))} rows={2} className="input" />}
            </Field>
            <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
              <fieldset
                className="mb-4"
                aria-describedby={regionsError ? `protocol-a${i}-regions-error` : undefined}
                aria-invalid={regionsError ? true : undefined}
              >
                <legend className="label">Регионы-исполнители поручения {i + 1}</legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {regions.map((r) => (
                    <label key={r.id} className="flex items-center gap-1">
                      <input type="checkbox" value={r.id} {...form.register(name("regionIds"))} />
                      {r.name}
                    </label>
                  ))}
                </div>
                {regionsError && (
                  <p id={`protocol-a${i}-regions-error`} className="field-error" role="alert">
                    {regionsError}
                  </p>
                )}
              </fieldset>
              <Field
                id={`protocol-a${i}-due`}
                label={`Срок поручения ${i + 1}`}
                hint={`включительно, ${timezone}`}
                error={errorFor(name("dueDate"))}
              >
                {(aria) => <input {...aria} {...form.register(name("dueDate"))} type="date" className="input" />}
              </Field>
            </div>
          </fieldset>
        );
      })}
      <button className="btn" disabled={pending}>
        Записать протокол и выдать поручения
      </button>
    </form>
  );
}
