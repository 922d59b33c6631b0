// Ограничение попыток входа: failed sign-ins counted per account and per client IP in the database
// (so several app instances agree). The same answer is given whether or not the account exists.
import "server-only";
import type { DbTx } from "../infra/db/client";

export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
} as const;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Minutes until the first of `keys` is unlocked, or 0 when none is locked. */
export async function lockedMinutes(db: DbTx, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/** Counts a failure for each key and locks the keys that reach their limit. */
export async function recordFailure(db: DbTx, keys: { key: string; limit: number }[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lockedUntil = new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
  for (const { key, limit } of keys) {
    // one statement per key: concurrent failures from two instances can't lose a count
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart")
      VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStart" END`;
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET "lockedUntil" = ${lockedUntil}, "failures" = 0, "windowStart" = ${now}
      WHERE "key" = ${key} AND "failures" >= ${limit}`;
  }
}

export async function clearFailures(db: DbTx, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
