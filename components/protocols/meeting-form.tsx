"use client";
// Назначение совещания: title, first date and time (project's zone), weekly repetition, agenda (a line
// per item) and participants by region (a name per line).
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { FEDERAL, meetingSchema } from "@/lib/protocols/schemas";

type Props = {
  projectId: string;
  timezone: string;
  regions: { id: string; name: string }[];
  defaultStartsAt: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function MeetingForm({ projectId, timezone, regions, defaultStartsAt, action }: Props) {
  const groups = [{ id: FEDERAL, name: "Федеральный центр" }, ...regions];
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(meetingSchema, action, {
    projectId,
    title: "Еженедельное совещание с региональными координаторами",
    startsAt: defaultStartsAt,
    weeks: "1",
    agenda: "",
    participants: Object.fromEntries(groups.map((g) => [g.id, ""])),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-6 max-w-3xl" aria-label="Назначить совещание">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      <Field id="meeting-title" label="Название" error={errorFor("title")}>
        {(aria) => <input {...aria} {...form.register("title")} className="input" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="meeting-startsAt" label="Дата и время" hint={`Время проекта (${timezone})`} error={errorFor("startsAt")}>
          {(aria) => <input {...aria} {...form.register("startsAt")} type="datetime-local" className="input" />}
        </Field>
        <Field
          id="meeting-weeks"
          label="Повторять еженедельно, недель"
          hint="1 — одно совещание; 4 — в тот же день недели и час четыре недели подряд"
          error={errorFor("weeks")}
        >
          {(aria) => <input {...aria} {...form.register("weeks")} type="number" min={1} max={26} className="input w-28" />}
        </Field>
      </div>
      <Field id="meeting-agenda" label="Повестка" hint="Один пункт в строке" error={errorFor("agenda")}>
        {(aria) => <textarea {...aria} {...form.register("agenda")} rows={4} className="input" />}
      </Field>
      <fieldset className="mb-4">
        <legend className="label">Участники (ФИО, по одному в строке)</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {groups.map((g) => (
            <Field key={g.id} id={`meeting-participants-${g.id}`} label={g.name} error={errorFor(`participants.${g.id}`)}>
              {(aria) => <textarea {...aria} {...form.register(`participants.${g.id}`)} rows={2} className="input" />}
            </Field>
          ))}
        </div>
        {errorFor("participants") && (
          <p className="field-error" role="alert">
            {errorFor("participants")}
          </p>
        )}
      </fieldset>
      <button className="btn" disabled={pending}>
        Назначить
      </button>
    </form>
  );
}
