// Who sees which events: published events are seen by everyone; drafts (черновики) only by those who
// may manage events of their region. A Prisma `where` fragment, so lists and look-ups filter in SQL.
import "server-only";
import type { Prisma } from "@prisma/client";
import { can, regionWhere, type SessionUser } from "../auth/permissions";

export function visibleEventsWhere(user: SessionUser | null): Prisma.EventWhereInput {
  const published: Prisma.EventWhereInput = { publishedAt: { not: null } };
  if (!user || !can(user, "event.manage")) return published;
  const managed = regionWhere(user, "event.manage") as Prisma.EventWhereInput;
  return Object.keys(managed).length ? { OR: [published, managed] } : {};
}
