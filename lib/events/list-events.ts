import type { Prisma } from "@prisma/client";
import type { Db } from "../db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../pagination";

export type EventListFilter = { projectId: string; page: number; q?: string; regionId?: string; onlyManaged?: boolean };

/** Список мероприятий проекта; `onlyManaged` limits it to the events the user may edit. */
export async function listEvents(db: Db, user: SessionUser | null, filter: EventListFilter) {
  authorize(user, "event.read");
  const where: Prisma.EventWhereInput = {
    projectId: filter.projectId,
    ...(filter.onlyManaged ? regionWhere(user!, "event.manage") : {}),
    ...(filter.regionId ? { regionId: filter.regionId } : {}),
    ...(filter.q?.trim() ? { title: { contains: filter.q.trim(), mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
      include: {
        region: { select: { id: true, code: true, name: true, timezone: true } },
        direction: { select: { name: true } },
        _count: { select: { registrations: { where: { status: "registered" } } } },
      },
      ...pageArgs(filter.page),
    }),
    db.event.count({ where }),
  ]);
  return toPage(items, total, filter.page);
}
