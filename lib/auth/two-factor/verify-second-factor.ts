// Проверка второго фактора при входе: a TOTP code (each accepted once, even by two instances at the
// same moment: the step is stored with a conditional UPDATE) or an unused recovery code.
import "server-only";
import type { DbTx } from "../../infra/db/client";
import { hashRecoveryCode } from "./recovery-codes";
import { matchTotpCode } from "./totp-code";
import { openTotpSecret } from "./totp-secret-box";

export type SecondFactorResult = { ok: true; method: "totp" | "recovery"; recoveryCodesLeft?: number } | { ok: false };

export async function verifySecondFactor(
  db: DbTx,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
  now = new Date(),
): Promise<SecondFactorResult> {
  if (!user.totpSecret) return { ok: false };
  // unreadable (AUTH_SECRET changed since enrolment): only a recovery code can pass
  const secret = openTotpSecret(user.totpSecret);
  const step = secret === null ? null : await matchTotpCode(secret, code, user.totpLastStep, now.getTime());
  if (step !== null) {
    const claimed = await db.$executeRaw`
      UPDATE "User" SET "totpLastStep" = ${step}
       WHERE "id" = ${user.id} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
    return claimed === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  if (!/^[a-z0-9\s-]{10,14}$/i.test(code.trim())) return { ok: false };
  const used = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  if (used.count !== 1) return { ok: false };
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  return { ok: true, method: "recovery", recoveryCodesLeft };
}
