"use client";
// The expert's own contacts, organisation and competences (/expert/profile).
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { expertContactsSchema } from "@/lib/experts/schemas";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; defaults: Record<string, unknown> };

export function ExpertContactsForm({ action, defaults }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(expertContactsSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      {(
        [
          ["email", "Электронная почта", "email"],
          ["phone", "Телефон", "tel"],
          ["organization", "Организация", "text"],
        ] as const
      ).map(([name, label, type]) => (
        <Field key={name} id={name} label={label} error={errorFor(name)}>
          {(aria) => <input {...aria} {...form.register(name)} type={type} className="input" />}
        </Field>
      ))}
      <Field id="competences" label="Компетенции" error={errorFor("competences")} hint="Каждая компетенция — с новой строки">
        {(aria) => <textarea {...aria} {...form.register("competences")} rows={4} className="input" />}
      </Field>
      <button className="btn" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
