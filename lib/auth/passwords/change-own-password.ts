// Смена своего пароля: the current password is checked (and its failures count towards the sign-in
// lock), every other session of the user ends, this one stays.
import "server-only";
import { notifyAccountChange } from "../../security-log/notify-account-change";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { hashPassword, verifyPassword } from "../password";
import type { SessionUser } from "../permissions";
import { revokeUserSessions } from "../sessions/revoke-user-sessions";
import { THROTTLE, accountKey, lockedMinutes, recordFailure } from "../sign-in-throttle";
import type { ChangePasswordInput } from "./schemas";

export async function changeOwnPassword(db: Db, user: SessionUser | null, input: ChangePasswordInput, now = new Date()) {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const key = accountKey(user.email);
  if ((await lockedMinutes(db, [key], now)) > 0) {
    throw new AppError("RATE_LIMITED", "Слишком много неверных попыток. Повторите через 15 минут.");
  }
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailure(db, [{ key, limit: THROTTLE.maxFailuresPerAccount }], now);
    throw new AppError("VALIDATION", "Текущий пароль указан неверно", { currentPassword: ["Текущий пароль указан неверно"] });
  }
  if (input.password === input.currentPassword) {
    throw new AppError("VALIDATION", "Новый пароль совпадает с текущим", { password: ["Новый пароль совпадает с текущим"] });
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now } });
    const ended = await revokeUserSessions(tx, user.id, "password_changed", { exceptSessionId: user.sessionId, now });
    await notifyAccountChange(tx, user.id, "Пароль вашей учётной записи изменён");
    await recordSecurityEvent(tx, {
      kind: "password_changed",
      userId: user.id,
      email: user.email,
      details: { otherSessionsEnded: ended },
    });
  });
}
