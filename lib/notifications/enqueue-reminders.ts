// Напоминание накануне: for every planned event whose start date, in its region's time zone, is
// tomorrow, one message to each registered participant. Idempotent: the dedupe key names the
// registration and the start, so a second run adds nothing, and a moved event is reminded again.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { localTomorrow } from "../infra/time/local-tomorrow";
import { toLocalInputValue } from "../infra/time/format-date";
import { loadMessageEvent, notifyRegistrants } from "./enqueue-notification";

export const reminderKey = (registrationId: string, startsAt: Date) => `reminder:${registrationId}:${startsAt.toISOString()}`;

export async function enqueueDayBeforeReminders(db: DbTx, now = new Date()): Promise<{ events: number; messages: number }> {
  // tomorrow ends at most 48 h from now in any zone; a little margin for zones far from UTC
  const candidates = await db.event.findMany({
    where: { status: "planned", startsAt: { gt: now, lt: new Date(now.getTime() + 50 * 3_600_000) } },
    select: { id: true, startsAt: true, region: { select: { timezone: true } } },
    orderBy: { startsAt: "asc" },
  });
  let events = 0;
  let messages = 0;
  for (const candidate of candidates) {
    const zone = candidate.region.timezone;
    if (toLocalInputValue(candidate.startsAt, zone).slice(0, 10) !== localTomorrow(now, zone)) continue;
    const event = await loadMessageEvent(db, candidate.id);
    if (!event) continue;
    events++;
    messages += await notifyRegistrants(db, {
      kind: "reminder",
      eventId: event.id,
      event,
      where: { status: "registered" },
      dedupeKey: (registrationId) => reminderKey(registrationId, event.startsAt),
    });
  }
  return { events, messages };
}
