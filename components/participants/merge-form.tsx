"use client";
// Объединение дублей: the other record's code and which of the two to keep.
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { mergeSchema } from "@/lib/participants/schemas";

type Props = { id: string; code: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function MergeForm({ id, code, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(mergeSchema, action, { id, other: "", keep: "this" });
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-6 max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      <Field
        id="other"
        label="Код второй записи того же человека"
        error={errorFor("other")}
        hint="Регистрации и оценки перейдут к оставляемой записи; если обе записаны на одно мероприятие, остаётся лучшая (присутствовал, затем «зарегистрирован»), из двух оценок — более поздняя. Вторая запись удаляется."
      >
        {(aria) => <input {...aria} {...form.register("other")} className="input" />}
      </Field>
      <ChoiceGroup id="keep" legend="Какую запись оставить" error={errorFor("keep")}>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="this" {...form.register("keep")} /> эту ({code})
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="other" {...form.register("keep")} /> вторую
        </label>
      </ChoiceGroup>
      <button className="btn-secondary" disabled={pending}>
        Объединить записи
      </button>
    </form>
  );
}
