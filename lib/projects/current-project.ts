import "server-only";
import type { Db } from "../infra/db/client";

/** The project the portal shows by default: DEFAULT_PROJECT_CODE, else the one of the latest year. */
export async function getCurrentProject(db: Db) {
  const code = process.env.DEFAULT_PROJECT_CODE?.trim();
  if (code) {
    const project = await db.project.findUnique({ where: { code } });
    if (project) return project;
  }
  return db.project.findFirst({ orderBy: [{ year: "desc" }, { createdAt: "desc" }] });
}

/** Regions, categories and directions of a project, for forms and filters. */
export async function getProjectReference(db: Db, projectId: string) {
  const [regions, categories, directions] = await Promise.all([
    db.region.findMany({
      where: { projects: { some: { projectId } }, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true, timezone: true },
    }),
    db.participantCategory.findMany({
      where: { projectId, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true },
    }),
    db.direction.findMany({
      where: { projectId, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true },
    }),
  ]);
  return { regions, categories, directions };
}
