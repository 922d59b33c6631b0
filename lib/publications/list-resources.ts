// Информационные ресурсы проекта, paginated, with how many publications each has (counted in SQL).
import "server-only";
import { authorize, can, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { pageArgs, toPage } from "../infra/pagination";

export async function listResources(db: Db, actor: SessionUser | null, projectId: string, page = 1) {
  // those who add publications pick resources from this list; the administrator manages it
  if (!can(actor, "publication.manage")) authorize(actor, "resource.manage");
  const where = { projectId };
  const [items, total] = await Promise.all([
    db.informationResource.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, code: true, name: true, kind: true, url: true, _count: { select: { publications: true } } },
      ...pageArgs(page),
    }),
    db.informationResource.count({ where }),
  ]);
  return toPage(items, total, page);
}
