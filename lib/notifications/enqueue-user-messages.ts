// Письма пользователям портала (not about an event): one message per active user with an e-mail, written
// with the caller's transaction client like every outbox message. A dedupe key makes it idempotent per
// user (reminders): the key gets the user's id appended, and a repeat is skipped.
import "server-only";
import type { DbTx } from "../db/client";

export type UserMessage = {
  userIds: string[];
  kind: string;
  subject: string;
  /** the text after the greeting */
  body: string;
  dedupeKey?: string;
  now?: Date;
};

const SIGNATURE = ["", "—", "Кадровый портал. Это письмо отправлено автоматически, отвечать на него не нужно."];

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
      body: [`Здравствуйте, ${u.fullName}!`, "", message.body, ...SIGNATURE].join("\n"),
      kind: message.kind,
      userId: u.id,
      dedupeKey: message.dedupeKey ? `${message.dedupeKey}:${u.id}` : null,
      ...(message.now ? { createdAt: message.now } : {}),
    }));
  if (!data.length) return 0;
  const { count } = await tx.outboxMessage.createMany({ data, skipDuplicates: true });
  return count;
}
