"use client";
// The organizer's choice of template questions for an event's feedback form.
import { FormMessage } from "@/components/forms/field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { eventQuestionsSchema, QUESTION_KIND_NAMES, type QuestionKind } from "@/lib/surveys/schemas";

type Question = { id: string; text: string; kind: QuestionKind; required: boolean; archived: boolean };

type Props = {
  eventId: string;
  questions: Question[];
  chosen: string[];
  /** answers exist: changing the form now makes earlier and later answers differ */
  answered: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function EventQuestionsForm({ eventId, questions, chosen, answered, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(eventQuestionsSchema, action, {
    eventId,
    questionIds: chosen,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-6 max-w-3xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("eventId")} />
      <ChoiceGroup
        id="questionIds"
        legend="Дополнительные вопросы анкеты (вопрос об удовлетворённости по шкале 1–5 задаётся всегда)"
        hint={
          answered ? "На анкету уже отвечали: новые вопросы увидят только те, кто ответит или изменит ответ позже." : undefined
        }
        error={errorFor("questionIds")}
      >
        <div className="grid w-full gap-2">
          {questions.map((q) => (
            <label key={q.id} className="inline-flex items-start gap-2">
              <input type="checkbox" value={q.id} {...form.register("questionIds")} className="mt-1 h-5 w-5" />
              <span>
                {q.text}{" "}
                <span className="text-sm text-ink-muted">
                  ({QUESTION_KIND_NAMES[q.kind]}
                  {q.required ? ", обязательный" : ""}
                  {q.archived ? ", в архиве" : ""})
                </span>
              </span>
            </label>
          ))}
        </div>
      </ChoiceGroup>
      {questions.length === 0 && <p className="mb-3">В шаблоне проекта пока нет вопросов: их добавляет администратор.</p>}
      <button className="btn" disabled={pending}>
        Сохранить анкету
      </button>
    </form>
  );
}
