import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { linkedExpertWhere } from "../auth/policy/linked-expert-where";
import { visibleEventsWhere } from "./event-visibility";
import { withRegisteredCounts } from "./with-registered-counts";

/** Ближайшие мероприятия: planned events from now on, optionally only those the user manages or joins as an expert. */
export async function listUpcomingEvents(
  db: Db,
  user: SessionUser | null,
  opts: { projectId: string; scope?: "all" | "managed" | "as-expert"; limit?: number; now?: Date },
) {
  const me = authorize(user, "event.read");
  const where: Prisma.EventWhereInput = {
    projectId: opts.projectId,
    status: "planned",
    startsAt: { gte: opts.now ?? new Date() },
    ...(opts.scope === "managed" ? regionWhere(me, "event.manage") : {}),
    ...(opts.scope === "as-expert" ? { experts: { some: { expert: linkedExpertWhere(me.id) } } } : {}),
    AND: [visibleEventsWhere(me)],
  };
  const events = await db.event.findMany({
    where,
    orderBy: { startsAt: "asc" },
    take: opts.limit ?? 10,
    include: { region: { select: { name: true, timezone: true } } },
  });
  return withRegisteredCounts(db, events);
}
