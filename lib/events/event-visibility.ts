// Who sees which events: published events are seen by everyone; drafts (черновики) only by those who
// may manage events of their region. One rule for every read of an event — lists, the event page, its
// .ics file, the personal calendar feed, the expert's profile — as a Prisma `where` fragment so lists and
// look-ups filter in SQL, and as a predicate for a record already loaded.
import "server-only";
import type { Prisma } from "@prisma/client";
import { can, regionWhere, type SessionUser } from "../auth/permissions";

export function visibleEventsWhere(user: SessionUser | null): Prisma.EventWhereInput {
  const published: Prisma.EventWhereInput = { publishedAt: { not: null } };
  if (!user || !can(user, "event.manage")) return published;
  const managed = regionWhere(user, "event.manage") as Prisma.EventWhereInput;
  return Object.keys(managed).length ? { OR: [published, managed] } : {};
}

/** The same rule for a loaded event. */
export function isEventVisibleTo(user: SessionUser | null, event: { publishedAt: Date | null; regionId: string }): boolean {
  return !!event.publishedAt || can(user, "event.manage", { regionId: event.regionId });
}
