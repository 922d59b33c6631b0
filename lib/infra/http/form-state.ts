// The state a form action returns (kept apart from form-action.ts so client components can import it).
import type { FieldErrors } from "../errors/app-error";

export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was submitted, so a failed form keeps the user's input (passwords are never echoed). */
  values?: Record<string, string | string[]>;
  /** Warnings that don't block saving once the user confirms them (e.g. conflicts of an event). */
  warnings?: string[];
};

export const initialFormState: FormState = { ok: false };
