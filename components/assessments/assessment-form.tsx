"use client";
// Оценка результатов квартала: the verdict, the text and up to ACTION_ROWS corrective actions.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { ACTION_ROWS, assessmentSchema, VERDICT_NAMES, VERDICTS } from "@/lib/assessments/schemas";

export type AssessmentFormProps = {
  projectId: string;
  year: number;
  /** the closed quarters of the year that may be assessed */
  quarters: number[];
  quarter: number | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function AssessmentForm({ projectId, year, quarters, quarter, action }: AssessmentFormProps) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(assessmentSchema, action, {
    projectId,
    year: String(year),
    quarter: String(quarter && quarters.includes(quarter) ? quarter : (quarters.at(-1) ?? "")),
    verdict: "",
    summary: "",
    actions: Array.from({ length: ACTION_ROWS }, () => ({ text: "", owner: "", dueDate: "" })),
  });
  return (
    // ids are prefixed: the dashboard's period form has its own «quarter» field on the same page
    <form onSubmit={onSubmit} noValidate className="card max-w-3xl" aria-label="Новая оценка квартала">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      <input type="hidden" {...form.register("year")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="assessment-quarter" label="Квартал" error={errorFor("quarter")}>
          {(aria) => (
            <select {...aria} {...form.register("quarter")} className="input">
              {quarters.map((q) => (
                <option key={q} value={q}>
                  {q}-й квартал {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="assessment-verdict" label="Итог" error={errorFor("verdict")}>
          {(aria) => (
            <select {...aria} {...form.register("verdict")} className="input">
              <option value="">— выберите —</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {VERDICT_NAMES[v]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="assessment-summary" label="Оценка результатов" error={errorFor("summary")}>
        {(aria) => <textarea {...aria} {...form.register("summary")} rows={5} className="input" />}
      </Field>
      <fieldset className="mb-4">
        <legend className="label">Корректирующие меры (необязательно)</legend>
        {Array.from({ length: ACTION_ROWS }, (_, i) => (
          <div key={i} className="mb-2 grid gap-x-3 sm:grid-cols-[2fr_1fr_10rem]">
            {(["text", "owner", "dueDate"] as const).map((field) => {
              const name = `actions.${i}.${field}`;
              const label = { text: `Мера ${i + 1}`, owner: "Ответственный", dueDate: "Срок" }[field];
              return (
                <Field key={field} id={`assessment-${name}`} label={label} error={errorFor(name)}>
                  {(aria) => (
                    <input {...aria} {...form.register(name)} type={field === "dueDate" ? "date" : "text"} className="input" />
                  )}
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>
      <button className="btn" disabled={pending || quarters.length === 0}>
        Записать оценку
      </button>
    </form>
  );
}
