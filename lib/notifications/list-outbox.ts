// Исходящие письма (admin): the outbox newest first, optionally only unsent, sent or failed messages.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { SEALED_BODY_NOTICE } from "./outbox-secret";

export const OUTBOX_STATES = ["pending", "sent", "failed"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export function outboxStateFrom(value: string | undefined): OutboxState | undefined {
  return OUTBOX_STATES.find((s) => s === value);
}

const WHERE: Record<OutboxState, Prisma.OutboxMessageWhereInput> = {
  pending: { sentAt: null },
  sent: { sentAt: { not: null } },
  failed: { sentAt: null, lastError: { not: null } },
};

export async function listOutbox(db: Db, user: SessionUser | null, opts: { page: number; state?: OutboxState }) {
  authorize(user, "outbox.read");
  const where = opts.state ? WHERE[opts.state] : {};
  const [items, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { event: { select: { title: true } } },
      ...pageArgs(opts.page),
    }),
    db.outboxMessage.count({ where }),
  ]);
  // a sealed body is never shown, not even as its ciphertext
  const shown = items.map((m) => (m.sealed ? { ...m, body: SEALED_BODY_NOTICE } : m));
  return toPage(shown, total, opts.page);
}
