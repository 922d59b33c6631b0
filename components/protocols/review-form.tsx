"use client";
// Решение по отчёту (the issuer): accept, or return for rework with a comment.
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { reviewSchema } from "@/lib/protocols/schemas";

type Props = { itemId: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ReviewForm({ itemId, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(reviewSchema, action, {
    itemId,
    decision: "",
    comment: "",
  });
  if (state.ok) return <FormMessage ok message={state.message} />;
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-3xl" aria-label="Решение по отчёту">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("itemId")} />
      <ChoiceGroup id="review-decision" legend="Решение" error={errorFor("decision")}>
        <label className="flex items-center gap-1">
          <input type="radio" value="accepted" {...form.register("decision")} /> Принять
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" value="returned" {...form.register("decision")} /> Вернуть на доработку
        </label>
      </ChoiceGroup>
      <Field id="review-comment" label="Комментарий" hint="Обязателен при возврате на доработку" error={errorFor("comment")}>
        {(aria) => <textarea {...aria} {...form.register("comment")} rows={3} className="input" />}
      </Field>
      <button className="btn" disabled={pending}>
        Записать решение
      </button>
    </form>
  );
}
