"use client";
// Веха дорожной карты: what, who, from when (optional) to when, progress in percent.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { milestoneSchema } from "@/lib/roadmap/schemas";

type Props = {
  defaults: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
};

export function MilestoneForm({ defaults, action, label }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(milestoneSchema, action, defaults);
  const prefix = defaults.id ? `milestone-${defaults.id}` : "milestone-new";
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-4 max-w-3xl" aria-label={label}>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      <input type="hidden" {...form.register("projectId")} />
      <Field id={`${prefix}-title`} label="Веха" error={errorFor("title")}>
        {(aria) => <textarea {...aria} {...form.register("title")} rows={2} className="input" />}
      </Field>
      <Field id={`${prefix}-owner`} label="Ответственный" error={errorFor("owner")}>
        {(aria) => <input {...aria} {...form.register("owner")} className="input" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field id={`${prefix}-start`} label="Начало (необязательно)" error={errorFor("startDate")}>
          {(aria) => <input {...aria} {...form.register("startDate")} type="date" className="input" />}
        </Field>
        <Field id={`${prefix}-due`} label="Срок" error={errorFor("dueDate")}>
          {(aria) => <input {...aria} {...form.register("dueDate")} type="date" className="input" />}
        </Field>
        <Field id={`${prefix}-progress`} label="Выполнено, %" error={errorFor("progress")}>
          {(aria) => <input {...aria} {...form.register("progress")} type="number" min={0} max={100} className="input" />}
        </Field>
      </div>
      <button className="btn" disabled={pending}>
        {defaults.id ? "Сохранить веху" : "Добавить веху"}
      </button>
    </form>
  );
}
