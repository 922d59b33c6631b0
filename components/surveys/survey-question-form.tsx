"use client";
// A template question (ADMIN): its text, kind, options one per line, required or not.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { QUESTION_KIND_NAMES, QUESTION_KINDS, surveyQuestionSchema } from "@/lib/surveys/schemas";

type Props = {
  defaults: { id?: string; projectId: string; kind: string; text: string; options: string; required: boolean };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function SurveyQuestionForm({ defaults, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(surveyQuestionSchema, action, defaults);
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-6 max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      {defaults.id && <input type="hidden" {...form.register("id")} />}
      <Field id="text" label="Текст вопроса" error={errorFor("text")}>
        {(aria) => <textarea {...aria} {...form.register("text")} rows={2} className="input" />}
      </Field>
      <Field id="kind" label="Тип ответа" error={errorFor("kind")}>
        {(aria) => (
          <select {...aria} {...form.register("kind")} className="input">
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {QUESTION_KIND_NAMES[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(kind === "single" || kind === "multiple") && (
        <Field id="options" label="Варианты ответа, каждый с новой строки" error={errorFor("options")}>
          {(aria) => <textarea {...aria} {...form.register("options")} rows={4} className="input" />}
        </Field>
      )}
      <div className="mb-4">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" {...form.register("required")} />
          Обязательный вопрос
        </label>
      </div>
      <button className="btn" disabled={pending}>
        {defaults.id ? "Сохранить вопрос" : "Добавить вопрос"}
      </button>
    </form>
  );
}
