"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { changeOwnPassword } from "@/lib/auth/passwords/change-own-password";
import { changePasswordSchema } from "@/lib/auth/passwords/schemas";
import { endOwnSession } from "@/lib/auth/sessions/end-own-session";
import { confirmTotpEnrolment } from "@/lib/auth/two-factor/confirm-totp-enrolment";
import { disableSecondFactor } from "@/lib/auth/two-factor/disable-second-factor";
import { startTotpEnrolment } from "@/lib/auth/two-factor/start-totp-enrolment";
import { db } from "@/lib/infra/db/client";
import { z } from "@/lib/infra/validation/zod";

const PAGE = "/account/security";

export const changePasswordAction = formAction(changePasswordSchema, async (input, { user }) => {
  await changeOwnPassword(db, user, input);
  revalidatePath(PAGE);
  return { ok: true, message: "Пароль изменён. Сеансы на других устройствах завершены." };
});

export const startTotpEnrolmentAction = formAction(z.object({}), async (_input, { user }) => {
  await startTotpEnrolment(db, user);
  revalidatePath(PAGE);
  return { ok: true };
});

const codeSchema = z.object({ code: z.string().trim().min(1, "Введите код из приложения").max(20, "Слишком длинный код") });

// no revalidation here: the form keeps showing the recovery codes until the user has saved them
export const confirmTotpEnrolmentAction = formAction(codeSchema, async (input, { user }) => {
  const { recoveryCodes } = await confirmTotpEnrolment(db, user, input);
  return { ok: true, message: "Второй фактор подключён.", values: { recoveryCodes } };
});

export const disableSecondFactorAction = formAction(
  z.object({ password: z.string().min(1, "Укажите пароль").max(1024) }),
  async (input, { user }) => {
    await disableSecondFactor(db, user, input);
    revalidatePath(PAGE);
    return { ok: true, message: "Второй фактор отключён" };
  },
);

export const endOwnSessionAction = formAction(z.object({ sessionId: z.string().min(1).max(200) }), async (input, { user }) => {
  const ended = await endOwnSession(db, user, input);
  revalidatePath(PAGE);
  return { ok: true, message: ended ? `Завершено сеансов: ${ended}` : "Сеанс уже завершён" };
});
