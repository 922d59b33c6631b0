// Срок хранения писем: delivered messages, and those given up after MAX_ATTEMPTS, are deleted once older
// than OUTBOX_RETENTION_DAYS (90; 0 keeps them), so addresses and texts of old letters don't pile up in
// the database, its backups and replicas. Unsent messages still being tried are never deleted.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { MAX_ATTEMPTS } from "./deliver-outbox";

export function outboxRetentionDays(value = process.env.OUTBOX_RETENTION_DAYS): number {
  if (value === undefined || value.trim() === "") return 90;
  const days = Number(value);
  return Number.isInteger(days) && days >= 0 ? days : 90;
}

/** Deletes the messages past retention; returns how many. */
export async function purgeOutbox(db: DbTx, now = new Date(), days = outboxRetentionDays()): Promise<number> {
  if (days === 0) return 0;
  const before = new Date(now.getTime() - days * 86_400_000);
  const { count } = await db.outboxMessage.deleteMany({
    where: {
      OR: [{ sentAt: { lt: before } }, { sentAt: null, attempts: { gte: MAX_ATTEMPTS }, createdAt: { lt: before } }],
    },
  });
  return count;
}
