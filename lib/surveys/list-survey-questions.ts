import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

/**
 * The project's template questions. Organizers read it to build their forms (`event.manage`), admins to
 * edit it; `includeArchived` only for the template page.
 */
export async function listSurveyQuestions(
  db: Db,
  actor: SessionUser | null,
  opts: { projectId: string; page: number; includeArchived?: boolean; size?: number },
) {
  authorize(actor, opts.includeArchived ? "survey.template" : "event.manage");
  const where = { projectId: opts.projectId, ...(opts.includeArchived ? {} : { archivedAt: null }) };
  const [items, total] = await Promise.all([
    db.surveyQuestion.findMany({
      where,
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { id: "asc" }],
      ...pageArgs(opts.page, opts.size),
    }),
    db.surveyQuestion.count({ where }),
  ]);
  return toPage(items, total, opts.page, opts.size);
}
