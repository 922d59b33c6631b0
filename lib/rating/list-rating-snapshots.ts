// Зафиксированные срезы рейтинга, newest month first (paginated), for the digest downloads.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

export async function listRatingSnapshots(db: Db, actor: SessionUser | null, opts: { projectId: string; page: number }) {
  authorize(actor, "rating.read");
  const where = { projectId: opts.projectId };
  const size = 12;
  const [items, total] = await Promise.all([
    db.ratingSnapshot.findMany({
      where,
      orderBy: { month: "desc" },
      select: { id: true, month: true, takenAt: true, takenBy: { select: { fullName: true } } },
      ...pageArgs(opts.page, size),
    }),
    db.ratingSnapshot.count({ where }),
  ]);
  return toPage(items, total, opts.page, size);
}
