// Events a plan item may point to: the project's published events still ahead (the nearest 100). Only for
// whoever may change the plans of the candidate's reserve (reserve.manage in its region).
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";

export type PlannableEvent = { id: string; title: string; startsAt: Date };

export async function listPlannableEvents(
  db: DbTx,
  actor: SessionUser | null,
  reserve: { projectId: string; regionId: string },
  now = new Date(),
): Promise<PlannableEvent[]> {
  authorize(actor, "reserve.manage", { regionId: reserve.regionId });
  return db.event.findMany({
    where: { projectId: reserve.projectId, publishedAt: { not: null }, status: "planned", startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 100,
    select: { id: true, title: true, startsAt: true },
  });
}
