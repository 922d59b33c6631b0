"use client";
// Информационный ресурс (ADMIN): name, kind, address; the schema of saveResource.
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { RESOURCE_KIND_NAMES, RESOURCE_KINDS, resourceSchema } from "@/lib/publications/schemas";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; defaults: Record<string, unknown> };

export function ResourceForm({ action, defaults }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(resourceSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      {defaults.id ? <input type="hidden" {...form.register("id")} /> : null}
      <Field id="name" label="Название" error={errorFor("name")}>
        {(aria) => <input {...aria} {...form.register("name")} className="input" />}
      </Field>
      <Field id="kind" label="Вид" error={errorFor("kind")}>
        {(aria) => (
          <select {...aria} {...form.register("kind")} className="input">
            {RESOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {RESOURCE_KIND_NAMES[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="url" label="Адрес (необязательно)" error={errorFor("url")}>
        {(aria) => <input {...aria} {...form.register("url")} type="url" className="input" />}
      </Field>
      <Field id="code" label="Код" error={errorFor("code")} hint="Оставьте пустым — код присвоится автоматически">
        {(aria) => <input {...aria} {...form.register("code")} className="input" />}
      </Field>
      <button className="btn" disabled={pending}>
        Сохранить ресурс
      </button>
    </form>
  );
}
