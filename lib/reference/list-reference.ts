import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { getEventFormatNames } from "./event-format-names";

/**
 * Справочники проекта: regions with time zones, categories, directions (archived ones too), the names of
 * event formats and the project's KPI targets. Short lists by nature (≤ 89 regions), shown whole.
 */
export async function listReference(db: Db, user: SessionUser | null, projectId: string) {
  authorize(user, "reference.manage");
  const [project, regions, categories, directions, formatNames] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId } }),
    db.region.findMany({ where: { projects: { some: { projectId } } }, orderBy: { code: "asc" } }),
    db.participantCategory.findMany({ where: { projectId }, orderBy: { name: "asc" } }),
    db.direction.findMany({ where: { projectId }, orderBy: { name: "asc" } }),
    getEventFormatNames(db),
  ]);
  return { project, regions, categories, directions, formatNames };
}
