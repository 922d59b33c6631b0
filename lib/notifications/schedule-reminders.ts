// The portal sends the day-before reminders itself: every REMINDERS_EVERY_MINUTES (default 60; 0 turns it
// off, e.g. when cron runs `npm run reminders` instead) each server instance queues tomorrow's reminders
// and the feedback invitations and reminders, delivers the outbox and deletes letters past OUTBOX_RETENTION_DAYS. Safe with several instances: reminders carry a dedupe key and delivery claims
// each message (deliver-outbox.ts), so nobody gets a message twice.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { deliverOutbox } from "./deliver-outbox";
import { purgeOutbox } from "./purge-outbox";
import { enqueueDayBeforeReminders } from "./enqueue-reminders";
import { enqueueFeedbackInvitations } from "../surveys/enqueue-feedback-invitations";
import { enqueueAssignmentReminders } from "../protocols/enqueue-assignment-reminders";
import { enqueueCyclogramReminders } from "../reserve/cyclogram/enqueue-cyclogram-reminders";

export function reminderIntervalMinutes(value = process.env.REMINDERS_EVERY_MINUTES): number {
  if (value === undefined || value.trim() === "") return 60;
  const minutes = Number(value);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : 60;
}

/** One round: queue, then deliver. Errors are logged, not thrown (the next round tries again), unless `rethrow` (the CLI). */
export async function runReminderRound(db: DbTx, now = new Date(), opts: { rethrow?: boolean } = {}) {
  try {
    const queued = await enqueueDayBeforeReminders(db, now);
    const feedback = await enqueueFeedbackInvitations(db, { now });
    const assignments = await enqueueAssignmentReminders(db, now);
    const cyclogram = await enqueueCyclogramReminders(db, now);
    const delivery = await deliverOutbox(db);
    const purged = await purgeOutbox(db, now);
    return { queued, feedback, assignments, cyclogram, delivery, purged };
  } catch (error) {
    if (opts.rethrow) throw error;
    console.error("Напоминания: не удалось выполнить рассылку", error);
    return null;
  }
}

export function startReminderSchedule(db: DbTx, minutes = reminderIntervalMinutes()): (() => void) | null {
  if (minutes === 0) return null;
  const every = minutes * 60_000;
  // the first round a minute after start-up, so a restart never waits a whole interval
  const first = setTimeout(() => void runReminderRound(db), Math.min(every, 60_000));
  const timer = setInterval(() => void runReminderRound(db), every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
