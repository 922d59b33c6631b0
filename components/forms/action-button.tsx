"use client";
// One button that runs a server action with a few hidden fields and shows its answer beside it.
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/infra/http/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** the accessible name when the label alone is ambiguous in a table */
  ariaLabel?: string;
};

export function ActionButton({ action, fields, label, ariaLabel }: Props) {
  const [state, run, pending] = useActionState(action, initialFormState);
  return (
    <form action={run}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className="btn-secondary py-1" disabled={pending} aria-label={ariaLabel}>
        {label}
      </button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-1 text-sm ${state.ok ? "text-ok" : "text-bad"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
