// Choices of the publication form and filters: the project's resources, the regions the user may add
// publications for, and those regions' events (the latest 300, newest first).
import "server-only";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";

export async function getPublicationFormOptions(db: Db, actor: SessionUser | null, projectId: string) {
  const user = authorize(actor, "publication.manage");
  const scope = regionWhere(user, "publication.manage");
  const [resources, regions, events] = await Promise.all([
    db.informationResource.findMany({ where: { projectId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.region.findMany({
      where: { projects: { some: { projectId } }, ...(scope.regionId ? { id: scope.regionId } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.event.findMany({
      where: { projectId, ...scope, status: { not: "cancelled" } },
      orderBy: { startsAt: "desc" },
      take: 300,
      select: { id: true, title: true, regionId: true, startsAt: true },
    }),
  ]);
  return { resources, regions, events };
}
