"use client";
// Экспертное заключение: what worked, recommendations and a 1–5 assessment; the schema of saveConclusion.
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { conclusionSchema } from "@/lib/conclusions/schemas";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, unknown>;
  written: boolean;
};

export function ConclusionForm({ action, defaults, written }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(conclusionSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("eventId")} />
      <Field id="whatWorked" label="Что получилось" error={errorFor("whatWorked")}>
        {(aria) => <textarea {...aria} {...form.register("whatWorked")} rows={5} className="input" />}
      </Field>
      <Field id="recommendations" label="Рекомендации" error={errorFor("recommendations")}>
        {(aria) => <textarea {...aria} {...form.register("recommendations")} rows={5} className="input" />}
      </Field>
      <ChoiceGroup
        id="assessment"
        legend="Оценка мероприятия"
        hint="1 — неудовлетворительно, 5 — отлично"
        error={errorFor("assessment")}
      >
        {["1", "2", "3", "4", "5"].map((v) => (
          <label key={v} className="inline-flex items-center gap-2">
            <input type="radio" value={v} id={`assessment-${v}`} {...form.register("assessment")} className="h-5 w-5" />
            {v}
          </label>
        ))}
      </ChoiceGroup>
      <button className="btn" disabled={pending}>
        {written ? "Сохранить изменения" : "Отправить заключение"}
      </button>
    </form>
  );
}
