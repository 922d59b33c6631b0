"use client";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { EVENT_FORMATS, eventFormSchema } from "@/lib/events/schemas";
import { EVENT_FORMAT_NAMES } from "@/lib/events/labels";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  directions: { id: string; name: string }[];
  timezone: string;
};

export function EventForm({ action, defaults, directions, timezone }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(eventFormSchema, action, defaults);
  const text = (name: string, label: string, type = "text") => (
    <Field id={name} label={label} error={errorFor(name)}>
      {(aria) => <input {...aria} {...form.register(name)} type={type} className="input" />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      {text("title", "Название")}
      <Field id="description" label="Описание" error={errorFor("description")}>
        {(aria) => <textarea {...aria} {...form.register("description")} rows={5} className="input" />}
      </Field>
      <Field id="format" label="Форма мероприятия" error={errorFor("format")}>
        {(aria) => (
          <select {...aria} {...form.register("format")} className="input">
            {EVENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {EVENT_FORMAT_NAMES[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="directionId" label="Направление" error={errorFor("directionId")}>
        {(aria) => (
          <select {...aria} {...form.register("directionId")} className="input">
            {directions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {text("startsAt", `Начало (время региона, ${timezone})`, "datetime-local")}
        {text("endsAt", "Окончание", "datetime-local")}
      </div>
      {text("capacity", "Вместимость (пусто — без ограничения)", "number")}
      {text("venue", "Площадка")}
      {text("address", "Адрес")}
      {text("onlineUrl", "Ссылка для онлайн-участия", "url")}
      <button className="btn" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
