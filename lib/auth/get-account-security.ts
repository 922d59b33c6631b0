// Страница «Безопасность» of the signed-in user: second-factor state (and the QR code while enrolling),
// how many recovery codes are left, whether the policy requires the factor, the open sessions.
import "server-only";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import type { SessionUser } from "./permissions";
import { listOwnSessions } from "./sessions/list-own-sessions";
import { secondFactorRequired } from "./two-factor/second-factor-required";
import { totpQrSvg } from "./two-factor/totp-qr-svg";
import { openTotpSecret } from "./two-factor/totp-secret-box";

export async function getAccountSecurity(db: Db, user: SessionUser | null, sessionsPage = 1) {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const [row, recoveryCodesLeft, required, sessions] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, totpEnabledAt: true, totpPendingSecret: true, passwordChangedAt: true },
    }),
    db.recoveryCode.count({ where: { userId: user.id, usedAt: null } }),
    secondFactorRequired(db, user.role),
    listOwnSessions(db, user, sessionsPage),
  ]);
  const pending = !row.totpEnabledAt && row.totpPendingSecret ? openTotpSecret(row.totpPendingSecret) : null;
  const enrolling = pending ? { secret: pending, qrSvg: await totpQrSvg(pending, row.email) } : null;
  return {
    secondFactorEnabledAt: row.totpEnabledAt,
    enrolling,
    recoveryCodesLeft,
    required,
    passwordChangedAt: row.passwordChangedAt,
    sessions,
  };
}
