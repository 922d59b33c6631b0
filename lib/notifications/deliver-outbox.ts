// Отправка писем из outbox: with SMTP_URL set (smtp://user:pass@host:587, MAIL_FROM the sender) the
// unsent messages are sent by nodemailer and marked sent, or get the error and one more attempt.
// Without SMTP_URL nothing is sent: the messages stay on the admin page /admin/outbox (development).
import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type { DbTx } from "../infra/db/client";
import { openOutboxBody, SEALED_BODY_NOTICE } from "./outbox-secret";

/** A message is given up after this many failed attempts (it stays on the outbox page with its error). */
export const MAX_ATTEMPTS = 5;
const BATCH = 100;

export type DeliveryResult = { configured: boolean; sent: number; failed: number };

type Mailer = Pick<Transporter, "sendMail">;

export type DeliverOptions = {
  /** The transport to send with (tests); defaults to SMTP_URL, none without it. */
  transport?: Mailer | null;
  from?: string;
  limit?: number;
  now?: () => Date;
};

let cachedTransport: { url: string; transport: Transporter } | undefined;

function smtpTransport(): Transporter | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  if (cachedTransport?.url !== url) cachedTransport = { url, transport: nodemailer.createTransport(url) };
  return cachedTransport.transport;
}

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL?.trim();
}

export async function deliverOutbox(db: DbTx, options: DeliverOptions = {}): Promise<DeliveryResult> {
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  if (!transport) return { configured: false, sent: 0, failed: 0 };
  const from = options.from ?? process.env.MAIL_FROM?.trim() ?? "Кадровый портал <no-reply@localhost>";
  const now = options.now ?? (() => new Date());
  const pending = await db.outboxMessage.findMany({
    where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit ?? BATCH,
  });
  const result: DeliveryResult = { configured: true, sent: 0, failed: 0 };
  for (const message of pending) {
    // claim the message: another process delivering at the same time skips it
    const { count } = await db.outboxMessage.updateMany({
      where: { id: message.id, sentAt: null, attempts: message.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (count !== 1) continue;
    const text = message.sealed ? openOutboxBody(message.body) : message.body;
    if (text === null) {
      // sealed under another AUTH_SECRET: it can never be sent; the person asks for a new link
      await db.outboxMessage.update({
        where: { id: message.id },
        data: { attempts: MAX_ATTEMPTS, body: SEALED_BODY_NOTICE, lastError: "Письмо запечатано другим AUTH_SECRET" },
      });
      result.failed++;
      continue;
    }
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text });
      await db.outboxMessage.update({
        where: { id: message.id },
        // a delivered secret is of no use to anyone else: the row keeps only the notice
        data: { sentAt: now(), lastError: null, ...(message.sealed ? { body: SEALED_BODY_NOTICE } : {}) },
      });
      result.sent++;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      await db.outboxMessage.update({ where: { id: message.id }, data: { lastError: reason } });
      result.failed++;
    }
  }
  return result;
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Delivers the outbox in the background after a change has committed (server actions call it after the
 * domain call): never throws, never delays the user's answer, errors are only logged. Does nothing
 * without SMTP_URL.
 */
export function deliverOutboxSoon(db: DbTx): void {
  if (!mailConfigured()) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await deliverOutbox(db);
      } catch (error) {
        console.error("Не удалось отправить письма из outbox:", error instanceof Error ? error.message : error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}
