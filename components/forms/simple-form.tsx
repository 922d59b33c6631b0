"use client";
// A plain form described by its fields: labels, inputs and errors beside them, validated by the given
// zod schema here and again in the action (useValidatedForm). For short admin forms; richer forms have
// their own component.
import type { z } from "zod";
import { Field, FormMessage } from "@/components/forms/field";
import { FileInput } from "@/components/forms/file-input";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";

export type SimpleField = {
  name: string;
  label: string;
  /** file: an upload field (not part of the schema: the action reads the files from the form) */
  type?: "text" | "number" | "select" | "date" | "textarea" | "file";
  options?: { value: string; label: string }[];
  hint?: string;
  readOnly?: boolean;
  /** inputmode / step for numbers */
  step?: string;
};

type Props = {
  schema: z.ZodType;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  fields: SimpleField[];
  /** sent but not shown (ids, kinds) */
  hidden?: string[];
  submit: string;
  /** prefixes the input ids, so two forms on one page never share an id */
  idPrefix: string;
  label: string;
};

export function SimpleForm({ schema, action, defaults, fields, hidden = [], submit, idPrefix, label }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(schema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-4" aria-label={label}>
      <FormMessage ok={state.ok} message={state.message} />
      {hidden.map((name) => (
        <input key={name} type="hidden" {...form.register(name)} />
      ))}
      {fields.map((f) =>
        f.type === "file" ? (
          <FileInput key={f.name} id={`${idPrefix}-${f.name}`} name={f.name} label={f.label} serverError={errorFor(f.name)} />
        ) : (
          <Field key={f.name} id={`${idPrefix}-${f.name}`} label={f.label} error={errorFor(f.name)} hint={f.hint}>
            {(aria) =>
              f.type === "select" ? (
                <select {...aria} {...form.register(f.name)} className="input">
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === "textarea" ? (
                <textarea {...aria} {...form.register(f.name)} rows={4} className="input" />
              ) : (
                <input
                  {...aria}
                  {...form.register(f.name)}
                  type={f.type === "number" || f.type === "date" ? f.type : "text"}
                  step={f.step}
                  readOnly={f.readOnly}
                  className="input"
                />
              )
            }
          </Field>
        ),
      )}
      <button className="btn" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
