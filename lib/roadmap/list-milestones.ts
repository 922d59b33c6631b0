// Дорожная карта проекта by due date (paginated), with the span the timeline draws: from the earliest
// start (or due date) to the latest due date of the page.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

export async function listMilestones(db: Db, actor: SessionUser | null, opts: { projectId: string; page: number }) {
  authorize(actor, "roadmap.read");
  const where = { projectId: opts.projectId };
  const [items, total] = await Promise.all([
    db.roadmapMilestone.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(opts.page),
    }),
    db.roadmapMilestone.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export type Milestone = Awaited<ReturnType<typeof listMilestones>>["items"][number];
