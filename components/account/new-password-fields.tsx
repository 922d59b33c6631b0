"use client";
// Новый пароль и его повтор, with the policy's hint: shared by the change and reset forms.
import type { UseFormReturn, FieldValues } from "react-hook-form";
import { Field } from "@/components/forms/field";

const HINT =
  "Не короче 8 символов, рекомендуем 15 и больше; подойдёт фраза из нескольких слов. Распространённые пароли не принимаются.";

export function NewPasswordFields({
  form,
  errorFor,
  idPrefix,
}: {
  form: UseFormReturn<FieldValues>;
  errorFor: (name: string) => string | undefined;
  idPrefix: string;
}) {
  return (
    <>
      <Field id={`${idPrefix}-password`} label="Новый пароль" error={errorFor("password")} hint={HINT}>
        {(aria) => (
          <input {...aria} {...form.register("password")} type="password" autoComplete="new-password" className="input" />
        )}
      </Field>
      <Field id={`${idPrefix}-passwordConfirm`} label="Повторите новый пароль" error={errorFor("passwordConfirm")}>
        {(aria) => (
          <input {...aria} {...form.register("passwordConfirm")} type="password" autoComplete="new-password" className="input" />
        )}
      </Field>
    </>
  );
}
