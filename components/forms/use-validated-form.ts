"use client";
// One form hook: react-hook-form validates with the same zod schema as the server action, then the
// action runs; errors from either side are shown next to their fields.
import { startTransition, useActionState, type FormEvent } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/infra/http/form-state";

export function useValidatedForm(
  schema: z.ZodType,
  action: (state: FormState, formData: FormData) => Promise<FormState>,
  defaultValues: Record<string, unknown> = {},
) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  const form = useForm<FieldValues>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(schema as any) as Resolver<FieldValues>,
    defaultValues,
    mode: "onTouched",
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget; // read now: React clears currentTarget after the handler
    return form.handleSubmit(() => startTransition(() => dispatch(new FormData(formElement))))(event);
  };
  const errorFor = (name: string): string | undefined => {
    // nested fields ("actions.0.owner") have nested errors
    const client = name
      .split(".")
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], form.formState.errors);
    const message = (client as { message?: unknown } | undefined)?.message;
    return typeof message === "string" ? message : state.fieldErrors?.[name]?.[0];
  };
  return { form, state, pending, onSubmit, errorFor };
}
