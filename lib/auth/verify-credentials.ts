// Проверка e-mail и пароля при входе, with the per-account and per-IP throttle.
import type { DbTx } from "../db/client";
import { verifyPassword } from "./password";
import { THROTTLE, accountKey, clearFailures, ipKey, lockedMinutes, recordFailure } from "./sign-in-throttle";

export type CredentialsCheck =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; minutes: number };

// A valid argon2id hash of a random string: verifying against it costs as much as a real check,
// so the response time does not reveal whether the account exists.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$RGnVDJWfNgWYBOfHEqorGQ$v+i0boBoN67t3yyr4rt/ZfQJUuDp5lo+cABPAuTC0oM";

export async function verifyCredentials(
  db: DbTx,
  input: { email: string; password: string; ip?: string | null },
  now = new Date(),
): Promise<CredentialsCheck> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ...(input.ip ? [ipKey(input.ip)] : [])];
  const minutes = await lockedMinutes(db, keys, now);
  if (minutes > 0) return { ok: false, reason: "locked", minutes };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !user.active || !passwordOk) {
    await recordFailure(
      db,
      [
        { key: accountKey(email), limit: THROTTLE.maxFailuresPerAccount },
        ...(input.ip ? [{ key: ipKey(input.ip), limit: THROTTLE.maxFailuresPerIp }] : []),
      ],
      now,
    );
    const lockedNow = await lockedMinutes(db, keys, now);
    return lockedNow > 0 ? { ok: false, reason: "locked", minutes: lockedNow } : { ok: false, reason: "invalid" };
  }
  await clearFailures(db, accountKey(email));
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
