// Приглашения к анкете: every attendee of a held event whose form is open gets one invitation (by
// e-mail; "Мои мероприятия" shows the badge), and one reminder when less than REMIND_BEFORE_HOURS are
// left, they haven't answered and were invited at least a day before. Idempotent (dedupe keys): the reminder round runs it for all events,
// and marking an event held or saving attendance runs it for that event at once.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { loadMessageEvent, notifyRegistrants } from "../notifications/enqueue-notification";
import { feedbackClosesAt } from "./feedback-window";

export const REMIND_BEFORE_HOURS = 48;
const DAY = 24 * 3600_000;

export async function enqueueFeedbackInvitations(
  db: DbTx,
  opts: { eventId?: string; now?: Date } = {},
): Promise<{ invitations: number; reminders: number }> {
  const now = opts.now ?? new Date();
  // windows are at most a year long; events whose window closed are left out in SQL, the rest checked below
  const events = await db.event.findMany({
    where: {
      status: "held",
      ...(opts.eventId ? { id: opts.eventId } : { endsAt: { gt: new Date(now.getTime() - 366 * DAY) } }),
      registrations: { some: { attended: true } },
    },
    select: { id: true, endsAt: true, project: { select: { feedbackWindowDays: true } } },
  });
  let invitations = 0;
  let reminders = 0;
  for (const e of events) {
    const closesAt = feedbackClosesAt(e, e.project.feedbackWindowDays);
    if (closesAt <= now) continue;
    const event = await loadMessageEvent(db, e.id);
    if (!event) continue;
    const notAnswered: Prisma.RegistrationWhereInput = { attended: true, participant: { feedback: { none: { eventId: e.id } } } };
    invitations += await notifyRegistrants(db, {
      kind: "feedback_invitation",
      eventId: e.id,
      event,
      where: notAnswered,
      closesAt,
      now,
      dedupeKey: (registrationId) => `feedback-invitation:${registrationId}`,
    });
    if (closesAt.getTime() - now.getTime() <= REMIND_BEFORE_HOURS * 3600_000) {
      // a reminder only to those invited at least a day ago: never an invitation and a reminder at once
      const invited = await db.outboxMessage.findMany({
        where: { eventId: e.id, kind: "feedback_invitation", createdAt: { lte: new Date(now.getTime() - DAY) } },
        select: { dedupeKey: true },
      });
      const ids = invited.map((m) => m.dedupeKey!.slice("feedback-invitation:".length));
      reminders += await notifyRegistrants(db, {
        kind: "feedback_reminder",
        eventId: e.id,
        event,
        where: { ...notAnswered, id: { in: ids } },
        closesAt,
        now,
        dedupeKey: (registrationId) => `feedback-reminder:${registrationId}`,
      });
    }
  }
  return { invitations, reminders };
}
