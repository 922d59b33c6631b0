// Events a plan item may point to: the project's published events still ahead (the nearest 100).
import "server-only";
import type { DbTx } from "../db/client";

export type PlannableEvent = { id: string; title: string; startsAt: Date };

export function listPlannableEvents(db: DbTx, projectId: string, now = new Date()): Promise<PlannableEvent[]> {
  return db.event.findMany({
    where: { projectId, publishedAt: { not: null }, status: "planned", startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 100,
    select: { id: true, title: true, startsAt: true },
  });
}
