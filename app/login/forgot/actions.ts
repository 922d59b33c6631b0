"use server";
import { formAction } from "@/lib/infra/http/form-action";
import { requestPasswordReset } from "@/lib/auth/passwords/request-password-reset";
import { requestPasswordResetSchema } from "@/lib/auth/passwords/schemas";
import { db } from "@/lib/infra/db/client";

export const requestPasswordResetAction = formAction(requestPasswordResetSchema, async (input) => {
  await requestPasswordReset(db, input);
  // the same words whether or not the address has an account
  return {
    ok: true,
    message:
      "Если этот адрес зарегистрирован, на него отправлено письмо со ссылкой для сброса пароля. Ссылка действует 60 минут.",
  };
});
