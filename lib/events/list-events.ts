import "server-only";
import type { EventFormat, EventStatus, Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { startOfLocalDay } from "../infra/time/period-bounds";
import { addDays } from "./event-filter";
import { visibleEventsWhere } from "./event-visibility";
import { withRegisteredCounts } from "./with-registered-counts";

export type EventListFilter = {
  projectId: string;
  page: number;
  q?: string;
  regionId?: string;
  directionId?: string;
  format?: EventFormat;
  status?: EventStatus;
  /** first local day (yyyy-mm-dd, inclusive) in `timeZone` */
  from?: string;
  /** last local day (yyyy-mm-dd, inclusive) in `timeZone` */
  to?: string;
  /** the zone of `from`/`to`; the project's time zone when absent */
  timeZone?: string;
  onlyManaged?: boolean;
};

export const eventListInclude = {
  region: { select: { id: true, code: true, name: true, timezone: true } },
  direction: { select: { name: true } },
} satisfies Prisma.EventInclude;

/**
 * The filter as a Prisma `where`, so every narrowing happens in SQL. The date range is
 * [startOfLocalDay(from), startOfLocalDay(to + 1 day)) on `startsAt`, local midnights of the zone.
 * Drafts are included only for those who may manage them.
 */
export async function eventWhere(
  db: Db,
  user: SessionUser | null,
  filter: Omit<EventListFilter, "page">,
): Promise<Prisma.EventWhereInput> {
  const q = filter.q?.trim();
  let timeZone = filter.timeZone;
  if ((filter.from || filter.to) && !timeZone) {
    const project = await db.project.findUnique({ where: { id: filter.projectId }, select: { timezone: true } });
    timeZone = project?.timezone ?? "Europe/Moscow";
  }
  const startsAt: Prisma.DateTimeFilter = {};
  if (filter.from) startsAt.gte = startOfLocalDay(filter.from, timeZone!);
  if (filter.to) startsAt.lt = startOfLocalDay(addDays(filter.to, 1), timeZone!);
  return {
    projectId: filter.projectId,
    ...(filter.onlyManaged ? regionWhere(user!, "event.manage") : {}),
    ...(filter.regionId ? { regionId: filter.regionId } : {}),
    ...(filter.directionId ? { directionId: filter.directionId } : {}),
    ...(filter.format ? { format: filter.format } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.from || filter.to ? { startsAt } : {}),
    AND: [
      visibleEventsWhere(user),
      ...(q
        ? [
            {
              OR: [
                { title: { contains: q, mode: "insensitive" as const } },
                { code: { contains: q, mode: "insensitive" as const } },
                { venue: { contains: q, mode: "insensitive" as const } },
              ],
            },
          ]
        : []),
    ],
  };
}

/** Список мероприятий проекта; `onlyManaged` limits it to the events the user may edit. */
export async function listEvents(db: Db, user: SessionUser | null, filter: EventListFilter) {
  authorize(user, "event.read");
  const where = await eventWhere(db, user, filter);
  const [items, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      include: eventListInclude,
      ...pageArgs(filter.page),
    }),
    db.event.count({ where }),
  ]);
  return toPage(await withRegisteredCounts(db, items), total, filter.page);
}
