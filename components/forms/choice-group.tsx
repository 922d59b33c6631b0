// A group of radio buttons or checkboxes under a legend, its error announced and tied to the group.
import type { ReactNode } from "react";

type Props = {
  id: string;
  legend: string;
  error?: string;
  hint?: string;
  /** the inputs; give each `aria-describedby={describedBy}` is not needed: the fieldset carries it */
  children: ReactNode;
};

export function ChoiceGroup({ id, legend, error, hint, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="mb-5" aria-describedby={describedBy} aria-invalid={error ? true : undefined} id={id}>
      <legend className="label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-x-5 gap-y-2">{children}</div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
