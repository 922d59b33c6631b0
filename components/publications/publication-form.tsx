"use client";
// Публикация: resource, region, date, link, optional title and event; the schema of savePublication.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { publicationSchema } from "@/lib/publications/schemas";

type Option = { id: string; name: string };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, unknown>;
  resources: Option[];
  regions: Option[];
  events: (Option & { regionId: string })[];
};

export function PublicationForm({ action, defaults, resources, regions, events }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(publicationSchema, action, defaults);
  const regionId = form.watch("regionId");
  const select = (name: string, label: string, options: Option[], empty: string) => (
    <Field id={name} label={label} error={errorFor(name)}>
      {(aria) => (
        <select {...aria} {...form.register(name)} className="input">
          <option value="">{empty}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl" aria-label="Публикация">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      {defaults.id ? <input type="hidden" {...form.register("id")} /> : null}
      {select("resourceId", "Информационный ресурс", resources, "— выберите —")}
      {select("regionId", "Регион", regions, "— выберите —")}
      <Field id="publishedAt" label="Дата публикации" error={errorFor("publishedAt")}>
        {(aria) => <input {...aria} {...form.register("publishedAt")} type="date" className="input" />}
      </Field>
      <Field id="url" label="Ссылка на публикацию" error={errorFor("url")}>
        {(aria) => <input {...aria} {...form.register("url")} type="url" className="input" />}
      </Field>
      <Field id="title" label="Заголовок (необязательно)" error={errorFor("title")}>
        {(aria) => <input {...aria} {...form.register("title")} className="input" />}
      </Field>
      {select(
        "eventId",
        "Мероприятие (необязательно)",
        events.filter((e) => !regionId || e.regionId === regionId),
        "— не связана с мероприятием —",
      )}
      <button className="btn" disabled={pending}>
        Сохранить публикацию
      </button>
    </form>
  );
}
