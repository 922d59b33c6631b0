// The personal iCal feed: the events of the user's non-cancelled registrations from 90 days ago on
// (cancelled events stay in, marked CANCELLED, so calendar apps remove them).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { portalLink } from "../infra/http/app-url";
import { foundOrRefuse } from "../auth/policy/found-or-refuse";
import { visibleEventsWhere } from "../events/event-visibility";
import { buildCalendar } from "./ics";
import { verifyFeedToken } from "./feed-token";

export const FEED_PAST_DAYS = 90;

const eventSelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  status: true,
  venue: true,
  address: true,
  onlineUrl: true,
  cancelReason: true,
  updatedAt: true,
} as const;

export async function listFeedEvents(db: Db, userId: string, now = new Date()) {
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 3600 * 1000);
  return db.event.findMany({
    where: {
      startsAt: { gte: since },
      registrations: { some: { status: { not: "cancelled" }, participant: { userId } } },
      // the feed is read without a session: only what anyone may see
      ...visibleEventsWhere(null),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: eventSelect,
  });
}

/** The feed for a token; NOT_FOUND for a wrong token or a disabled user (the address reveals nothing). */
export async function calendarFeed(db: Db, token: string, opts: { now?: Date } = {}) {
  const userId = verifyFeedToken(token);
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { active: true } }) : null;
  if (!userId || !user?.active) throw new AppError("NOT_FOUND", "Календарь не найден");
  const now = opts.now ?? new Date();
  const events = await listFeedEvents(db, userId, now);
  return buildCalendar(
    events.map((e) => ({ ...e, url: portalLink(`/events/${e.id}`) })),
    { name: "Кадровый портал: мои мероприятия", now },
  );
}

/** One event as an .ics file, for anyone who may read events (UNAUTHORIZED when signed out). */
export async function eventCalendar(db: Db, user: SessionUser | null, eventId: string, opts: { now?: Date } = {}) {
  const me = authorize(user, "event.read");
  // a draft is as good as absent for everyone but its organizers (event-visibility.ts)
  const found = await db.event.findFirst({ where: { id: eventId, AND: [visibleEventsWhere(me)] }, select: eventSelect });
  const event = foundOrRefuse(found, me, "event.read", "Мероприятие не найдено");
  return buildCalendar([{ ...event, url: portalLink(`/events/${event.id}`) }], { now: opts.now });
}
