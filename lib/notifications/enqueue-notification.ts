// Уведомления участникам (outbox): messages are written with the caller's transaction client, so they
// exist only if the change they report commits; deliver-outbox.ts sends them after the commit.
// Participants without an e-mail (neither their own nor their account's) are skipped.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { buildMessage, type MessageEvent, type NotificationKind } from "./messages";

/** The event as the messages describe it, or null when it does not exist. */
export async function loadMessageEvent(tx: DbTx, eventId: string): Promise<MessageEvent | null> {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      address: true,
      onlineUrl: true,
      cancelReason: true,
      region: { select: { timezone: true } },
    },
  });
  if (!event) return null;
  const { region, ...rest } = event;
  return { ...rest, timezone: region.timezone };
}

const RECIPIENT = {
  id: true,
  participant: { select: { fullName: true, email: true, userId: true, user: { select: { email: true, fullName: true } } } },
} satisfies Prisma.RegistrationSelect;

type RecipientRow = Prisma.RegistrationGetPayload<{ select: typeof RECIPIENT }>;

function recipientOf(row: RecipientRow): { to: string; fullName: string; userId: string | null } | null {
  const to = row.participant.email?.trim() || row.participant.user?.email?.trim();
  if (!to) return null;
  return {
    to,
    fullName: row.participant.fullName || row.participant.user?.fullName || "участник",
    userId: row.participant.userId,
  };
}

export type NotifyOptions = {
  kind: NotificationKind;
  eventId: string;
  /** Which registrations of the event are told. */
  where: Prisma.RegistrationWhereInput;
  /** The event as described (defaults to its current state in the transaction). */
  event?: MessageEvent;
  /** Place on the wait-list, for "waitlisted". */
  position?: number | null;
  /** The organizer's reason, for "application_declined". */
  reason?: string | null;
  /** When the feedback form closes, for the feedback messages. */
  closesAt?: Date | null;
  /** A key per registration that makes the message idempotent (reminders); duplicates are skipped. */
  dedupeKey?: (registrationId: string) => string;
  now?: Date;
};

/** Queues one message per matching registration; returns how many were queued. */
export async function notifyRegistrants(tx: DbTx, options: NotifyOptions): Promise<number> {
  const event = options.event ?? (await loadMessageEvent(tx, options.eventId));
  if (!event) return 0;
  const rows = await tx.registration.findMany({
    where: { ...options.where, eventId: options.eventId },
    select: RECIPIENT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const data: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const row of rows) {
    const recipient = recipientOf(row);
    if (!recipient) continue;
    const { subject, body } = buildMessage(options.kind, event, {
      fullName: recipient.fullName,
      position: options.position,
      reason: options.reason,
      closesAt: options.closesAt,
    });
    data.push({
      to: recipient.to,
      subject,
      body,
      kind: options.kind,
      eventId: event.id,
      userId: recipient.userId,
      dedupeKey: options.dedupeKey?.(row.id) ?? null,
      ...(options.now ? { createdAt: options.now } : {}),
    });
  }
  if (!data.length) return 0;
  const { count } = await tx.outboxMessage.createMany({ data, skipDuplicates: true });
  return count;
}

/** Queues the message about one registration (confirmation, wait-list place, promotion). */
export async function notifyRegistration(
  tx: DbTx,
  kind: NotificationKind,
  registration: { id: string; eventId: string },
  extra: { position?: number | null; reason?: string | null } = {},
): Promise<number> {
  return notifyRegistrants(tx, { kind, eventId: registration.eventId, where: { id: registration.id }, ...extra });
}
