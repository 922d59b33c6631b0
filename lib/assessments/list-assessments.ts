import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

/** История оценок of a project's year, newest first, with their corrective actions (the dashboard). */
export async function listAssessments(
  db: Db,
  actor: SessionUser | null,
  opts: { projectId: string; year: number; quarter?: number | null; page: number; size?: number },
) {
  authorize(actor, "dashboard.read");
  const where = { projectId: opts.projectId, year: opts.year, ...(opts.quarter ? { quarter: opts.quarter } : {}) };
  const [items, total] = await Promise.all([
    db.quarterAssessment.findMany({
      where,
      orderBy: [{ quarter: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      include: { actions: { orderBy: { position: "asc" } }, author: { select: { fullName: true } } },
      ...pageArgs(opts.page, opts.size ?? 10),
    }),
    db.quarterAssessment.count({ where }),
  ]);
  return toPage(items, total, opts.page, opts.size ?? 10);
}

export type AssessmentItem = Awaited<ReturnType<typeof listAssessments>>["items"][number];
