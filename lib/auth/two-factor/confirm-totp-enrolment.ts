// Подключение второго фактора, шаг 2: the first code from the app proves it holds the secret. Ten new
// recovery codes are returned once (only their hashes are kept); other sessions of the user end.
import "server-only";
import { notifyAccountChange } from "../../security-log/notify-account-change";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import type { SessionUser } from "../permissions";
import { revokeUserSessions } from "../sessions/revoke-user-sessions";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { matchTotpCode } from "./totp-code";
import { openTotpSecret } from "./totp-secret-box";

const WRONG = "Код не подошёл. Проверьте время на телефоне и введите новый код из приложения.";

export async function confirmTotpEnrolment(db: Db, user: SessionUser | null, input: { code: string }, now = new Date()) {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (row.totpEnabledAt) throw new AppError("CONFLICT", "Второй фактор уже подключён");
  const pending = row.totpPendingSecret && openTotpSecret(row.totpPendingSecret);
  if (!pending) throw new AppError("VALIDATION", "Сначала начните подключение", { code: ["Сначала начните подключение"] });
  const step = await matchTotpCode(pending, input.code, null, now.getTime());
  if (step === null) {
    await recordSecurityEvent(db, {
      kind: "second_factor_failure",
      userId: user.id,
      email: user.email,
      details: { reason: "enrolment" },
    });
    throw new AppError("VALIDATION", WRONG, { code: [WRONG] });
  }
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpPendingSecret: row.totpPendingSecret },
      data: { totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Подключение уже завершено в другой вкладке");
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c), createdAt: now })),
    });
    await revokeUserSessions(tx, user.id, "self", { exceptSessionId: user.sessionId, now });
    await notifyAccountChange(tx, user.id, "К вашей учётной записи подключён второй фактор входа");
    await recordSecurityEvent(tx, { kind: "second_factor_enabled", userId: user.id, email: user.email });
  });
  return { recoveryCodes: codes };
}
