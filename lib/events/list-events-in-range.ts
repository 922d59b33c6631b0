// Мероприятия для календаря (month and week views): the events of a filter whose start falls on the
// local days [start, end), each grouped under its local day in the event region's time zone.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { localDate, startOfLocalDay } from "../infra/time/period-bounds";
import { addDays } from "./event-filter";
import { eventListInclude, eventWhere, type EventListFilter } from "./list-events";
import { withRegisteredCounts } from "./with-registered-counts";

/** A calendar shows at most this many events; beyond it the page asks to narrow the filter. */
export const CALENDAR_EVENT_CAP = 500;

export type CalendarRange = {
  /** first local day, yyyy-mm-dd (inclusive) */
  start: string;
  /** first local day after the range, yyyy-mm-dd (exclusive) */
  end: string;
};

export async function listEventsInRange(
  db: Db,
  user: SessionUser | null,
  filter: Omit<EventListFilter, "page">,
  range: CalendarRange,
  cap = CALENDAR_EVENT_CAP,
) {
  authorize(user, "event.read");
  const where = await eventWhere(db, user, filter);
  // Regions differ in zone from the project (Калининград … Камчатка, within ±18 h of UTC): fetch a day more
  // on each side, then keep the events whose *region-local* day lies in the range.
  const zone = filter.timeZone ?? "UTC";
  const windowStart = startOfLocalDay(addDays(range.start, -1), zone);
  const windowEnd = startOfLocalDay(addDays(range.end, 1), zone);
  const rows = await db.event.findMany({
    where: { AND: [where, { startsAt: { gte: windowStart, lt: windowEnd } }] },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    include: eventListInclude,
    take: cap + 1,
  });
  const counted = await withRegisteredCounts(db, rows.slice(0, cap));
  const days: Record<string, typeof counted> = {};
  let count = 0;
  for (const event of counted) {
    const day = localDate(event.startsAt, event.region.timezone);
    if (day < range.start || day >= range.end) continue;
    (days[day] ??= []).push(event);
    count++;
  }
  return { days, count, truncated: rows.length > cap };
}

export type CalendarEvent = Awaited<ReturnType<typeof listEventsInRange>>["days"][string][number];
