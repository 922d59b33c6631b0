// Новый пароль по ссылке из письма: the token works once and only until it expires; every session of
// the user ends and any other link sent to them stops working. The second factor stays as it was.
import "server-only";
import { notifyAccountChange } from "../../security-log/notify-account-change";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { hashPassword } from "../password";
import { revokeUserSessions } from "../sessions/revoke-user-sessions";
import { clearFailures, accountKey } from "../sign-in-throttle";
import { hashResetToken } from "./password-reset-token";

const EXPIRED = "Ссылка недействительна или устарела. Запросите новую на странице входа.";

export async function resetPasswordWithToken(db: Db, input: { token: string; password: string }, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashResetToken(input.token) },
      include: { user: true },
    });
    if (!row || row.usedAt || row.expiresAt <= now || !row.user.active)
      throw new AppError("VALIDATION", EXPIRED, { token: [EXPIRED] });
    // claimed by a conditional update: two tabs submitting the same link can't both succeed
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("VALIDATION", EXPIRED, { token: [EXPIRED] });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, passwordChangedAt: now } });
    await revokeUserSessions(tx, row.userId, "password_changed", { now });
    await clearFailures(tx, accountKey(row.user.email));
    await notifyAccountChange(tx, row.userId, "Пароль вашей учётной записи изменён по ссылке из письма");
    await recordSecurityEvent(tx, { kind: "password_reset", userId: row.userId, email: row.user.email });
  });
}
