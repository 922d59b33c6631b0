"use client";
// Анкета участника: the satisfaction rating (1–5, required), the event's questions and a comment. The
// same schema as submitFeedback checks it here first; errors stand next to their question.
import { useMemo } from "react";
import type { UseFormRegister, FieldValues } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { answerField, feedbackSchemaFor, type FormQuestion } from "@/lib/surveys/schemas";

type Props = {
  eventId: string;
  questions: FormQuestion[];
  defaults: Record<string, string | string[]>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** the participant has answered before: the button says «save changes» */
  answered: boolean;
};

const SCALE = ["1", "2", "3", "4", "5"];

export function FeedbackForm({ eventId, questions, defaults, action, answered }: Props) {
  const schema = useMemo(() => feedbackSchemaFor(questions), [questions]);
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(schema, action, { eventId, ...defaults });
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("eventId")} />
      <ChoiceGroup
        id="rating"
        legend="Насколько вы удовлетворены мероприятием? (обязательно)"
        hint="1 — совсем не удовлетворён(а), 5 — полностью удовлетворён(а)"
        error={errorFor("rating")}
      >
        <Options name="rating" values={SCALE} type="radio" register={form.register} />
      </ChoiceGroup>
      {questions.map((q) => {
        const name = answerField(q.id);
        const legend = q.required ? `${q.text} (обязательно)` : q.text;
        if (q.kind === "text") {
          return (
            <Field key={q.id} id={name} label={legend} error={errorFor(name)}>
              {(aria) => <textarea {...aria} {...form.register(name)} rows={3} className="input" />}
            </Field>
          );
        }
        return (
          <ChoiceGroup key={q.id} id={name} legend={legend} error={errorFor(name)}>
            <Options
              name={name}
              values={q.kind === "scale" ? SCALE : q.options}
              type={q.kind === "multiple" ? "checkbox" : "radio"}
              register={form.register}
            />
          </ChoiceGroup>
        );
      })}
      <Field id="comment" label="Комментарий (необязательно)" error={errorFor("comment")}>
        {(aria) => <textarea {...aria} {...form.register("comment")} rows={4} className="input" />}
      </Field>
      <p className="mb-3 text-sm text-ink-muted">Ответы видны организаторам без вашего имени.</p>
      <button className="btn" disabled={pending}>
        {answered ? "Сохранить изменения" : "Отправить ответы"}
      </button>
    </form>
  );
}

function Options(props: { name: string; values: string[]; type: "radio" | "checkbox"; register: UseFormRegister<FieldValues> }) {
  return props.values.map((value, i) => (
    <label key={value} className="inline-flex items-center gap-2">
      <input type={props.type} value={value} {...props.register(props.name)} id={`${props.name}-${i}`} className="h-5 w-5" />
      {value}
    </label>
  ));
}
