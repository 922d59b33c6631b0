import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";

/** Справочники проекта: regions with time zones, categories, directions, and the project's KPI targets. */
export async function listReference(db: Db, user: SessionUser | null, projectId: string) {
  authorize(user, "reference.manage");
  const [project, regions, categories, directions] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId } }),
    db.region.findMany({ where: { projects: { some: { projectId } } }, orderBy: { code: "asc" } }),
    db.participantCategory.findMany({ where: { projectId }, orderBy: { name: "asc" } }),
    db.direction.findMany({ where: { projectId }, orderBy: { name: "asc" } }),
  ]);
  return { project, regions, categories, directions };
}
