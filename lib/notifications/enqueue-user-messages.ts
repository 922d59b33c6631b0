// Письма пользователям портала (not about an event): one message per active user with an e-mail, written
// with the caller's transaction client like every outbox message. A dedupe key makes it idempotent per
// user (reminders): the key gets the user's id appended, and a repeat is skipped.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { sealOutboxBody } from "./outbox-secret";

export type UserMessage = {
  userIds: string[];
  kind: string;
  subject: string;
  /** the text after the greeting */
  body: string;
  dedupeKey?: string;
  /** the body carries a secret (a password-reset link): stored sealed, blanked once delivered */
  secret?: boolean;
  now?: Date;
};

const SIGNATURE = ["", "—", "Кадровый портал. Это письмо отправлено автоматически, отвечать на него не нужно."];

const sealedIf = (secret: boolean | undefined, body: string) => (secret ? sealOutboxBody(body) : body);

/** Queues the message for each user; returns how many were queued. */
export async function enqueueUserMessages(tx: DbTx, message: UserMessage): Promise<number> {
  if (!message.userIds.length) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: message.userIds }, active: true },
    select: { id: true, email: true, fullName: true },
    orderBy: { id: "asc" },
  });
  const data = users
    .filter((u) => u.email.trim())
    .map((u) => ({
      to: u.email,
      subject: message.subject,
      body: sealedIf(message.secret, [`Здравствуйте, ${u.fullName}!`, "", message.body, ...SIGNATURE].join("\n")),
      sealed: !!message.secret,
      kind: message.kind,
      userId: u.id,
      dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${u.id}` : null,
      ...(message.now ? { createdAt: message.now } : {}),
    }));
  if (!data.length) return 0;
  const { count } = await tx.outboxMessage.createMany({ data, skipDuplicates: true });
  return count;
}
