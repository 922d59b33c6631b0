// Вход: e-mail, пароль и, если подключён, второй фактор — with the per-account and per-IP throttle and
// a security-log entry for every outcome. A success opens a new server-side session.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { recordSecurityEvent } from "../security-log/record-security-event";
import type { RequestClient } from "../security-log/client-of-request";
import { verifyPassword } from "./password";
import { startUserSession } from "./sessions/start-user-session";
import { THROTTLE, accountKey, clearFailures, ipKey, lockedMinutes, recordFailure } from "./sign-in-throttle";
import { verifySecondFactor } from "./two-factor/verify-second-factor";

export type CredentialsCheck =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" | "second_factor_required" | "second_factor_invalid" }
  | { ok: false; reason: "locked"; minutes: number };

// A valid argon2id hash of a random string: verifying against it costs as much as a real check,
// so the response time does not reveal whether the account exists.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$RGnVDJWfNgWYBOfHEqorGQ$v+i0boBoN67t3yyr4rt/ZfQJUuDp5lo+cABPAuTC0oM";

const NO_CLIENT: RequestClient = { ip: null, userAgent: null };

export async function verifyCredentials(
  db: DbTx,
  input: { email: string; password: string; code?: string; client?: RequestClient },
  now = new Date(),
): Promise<CredentialsCheck> {
  const email = input.email.trim().toLowerCase();
  const client = input.client ?? NO_CLIENT;
  const keys = [accountKey(email), ...(client.ip ? [ipKey(client.ip)] : [])];
  const log = (
    kind: Parameters<typeof recordSecurityEvent>[1]["kind"],
    userId: string | null,
    details?: Record<string, string | number>,
  ) => recordSecurityEvent(db, { kind, userId, email, client, details });

  const minutes = await lockedMinutes(db, keys, now);
  if (minutes > 0) {
    await log("sign_in_failure", null, { reason: "locked" });
    return { ok: false, reason: "locked", minutes };
  }

  // a failure counts against the account and the address; reaching the limit locks both
  const fail = async (userId: string | null, reason: "invalid" | "second_factor_invalid") => {
    await recordFailure(
      db,
      [
        { key: accountKey(email), limit: THROTTLE.maxFailuresPerAccount },
        ...(client.ip ? [{ key: ipKey(client.ip), limit: THROTTLE.maxFailuresPerIp }] : []),
      ],
      now,
    );
    await log(reason === "invalid" ? "sign_in_failure" : "second_factor_failure", userId, { reason });
    const lockedNow = await lockedMinutes(db, keys, now);
    if (lockedNow > 0) {
      await log("lockout", userId, { minutes: lockedNow });
      return { ok: false as const, reason: "locked" as const, minutes: lockedNow };
    }
    return { ok: false as const, reason };
  };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !user.active || !passwordOk) return fail(user?.id ?? null, "invalid");

  let method: "password" | "totp" | "recovery" = "password";
  if (user.totpEnabledAt) {
    const code = input.code?.trim();
    // the password was right: ask for the code without counting a failure
    if (!code) return { ok: false, reason: "second_factor_required" };
    const second = await verifySecondFactor(db, user, code, now);
    if (!second.ok) return fail(user.id, "second_factor_invalid");
    method = second.method;
    if (second.method === "recovery") await log("recovery_code_used", user.id, { left: second.recoveryCodesLeft ?? 0 });
  }
  // failures are cleared only after the whole check, so a known password can't reset the code's count
  await clearFailures(db, accountKey(email));
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  const sessionId = await startUserSession(db, user.id, client, now);
  await log("sign_in_success", user.id, { method });
  return { ok: true, userId: user.id, sessionId };
}
