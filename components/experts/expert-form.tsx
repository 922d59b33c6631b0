"use client";
// Карточка эксперта (реестр): the same schema as saveExpert; errors beside their fields.
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { expertSchema } from "@/lib/experts/schemas";

type Option = { id: string; name: string };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, unknown>;
  regions: Option[];
  directions: Option[];
  consentText: string;
  consentNote?: string;
};

export function ExpertForm({ action, defaults, regions, directions, consentText, consentNote }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(expertSchema, action, defaults);
  const text = (name: string, label: string, type = "text", hint?: string) => (
    <Field id={name} label={label} error={errorFor(name)} hint={hint}>
      {(aria) => <input {...aria} {...form.register(name)} type={type} className="input" />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("projectId")} />
      {defaults.id ? <input type="hidden" {...form.register("id")} /> : null}
      {text("fullName", "ФИО")}
      <label className="mb-4 flex items-center gap-2">
        <input type="checkbox" value="on" {...form.register("independent")} className="h-5 w-5" />
        Независимый эксперт (не служащий органов власти)
      </label>
      <Field id="regionId" label="Регион эксперта" error={errorFor("regionId")}>
        {(aria) => (
          <select {...aria} {...form.register("regionId")} className="input">
            <option value="">— выберите —</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("organization", "Организация")}
      <ChoiceGroup id="directionIds" legend="Направления деятельности" error={errorFor("directionIds")}>
        {directions.map((d) => (
          <label key={d.id} className="inline-flex items-center gap-2">
            <input type="checkbox" value={d.id} {...form.register("directionIds")} className="h-5 w-5" />
            {d.name}
          </label>
        ))}
      </ChoiceGroup>
      <Field id="competences" label="Компетенции" error={errorFor("competences")} hint="Каждая компетенция — с новой строки">
        {(aria) => <textarea {...aria} {...form.register("competences")} rows={4} className="input" />}
      </Field>
      {text("email", "Электронная почта", "email")}
      {text("phone", "Телефон", "tel")}
      {text("code", "Код", "text", "Оставьте пустым — код присвоится автоматически")}
      {text("userEmail", "Учётная запись эксперта на портале (почта)", "email", "Необязательно: пользователь с ролью «эксперт»")}
      <ChoiceGroup id="consent" legend="Согласие на обработку персональных данных" error={errorFor("consent")} hint={consentNote}>
        <label className="inline-flex items-start gap-2">
          <input type="checkbox" value="on" {...form.register("consent")} className="mt-1 h-5 w-5" />
          {consentText}
        </label>
      </ChoiceGroup>
      <button className="btn" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
