"use client";
// Карточка участника: the edit form (same zod schema as the server action).
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { participantSchema } from "@/lib/participants/schemas";

type Option = { id: string; name: string };
type Props = {
  defaults: Record<string, string>;
  categories: Option[];
  regions: Option[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const TEXT_FIELDS = [
  ["fullName", "ФИО", "name"],
  ["email", "E-mail", "email"],
  ["phone", "Телефон", "tel"],
  ["organization", "Организация", "organization"],
  ["position", "Должность", "organization-title"],
] as const;

export function ParticipantForm({ defaults, categories, regions, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(participantSchema, action, defaults);
  const select = (name: "categoryId" | "regionId", label: string, options: Option[]) => (
    <Field id={name} label={label} error={errorFor(name)}>
      {(aria) => (
        <select {...aria} {...form.register(name)} className="input">
          <option value="">— выберите —</option>
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
    <form onSubmit={onSubmit} noValidate className="card mb-6 max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      {TEXT_FIELDS.map(([name, label, autoComplete]) => (
        <Field key={name} id={name} label={label} error={errorFor(name)}>
          {(aria) => <input {...aria} {...form.register(name)} autoComplete={autoComplete} className="input" />}
        </Field>
      ))}
      {select("categoryId", "Категория", categories)}
      {select("regionId", "Регион", regions)}
      <button className="btn" disabled={pending}>
        Сохранить карточку
      </button>
    </form>
  );
}
