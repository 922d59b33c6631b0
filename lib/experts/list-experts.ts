// Реестр экспертов: searchable, paginated; a coordinator sees the experts of own regions only (the scope
// is in the query itself). Contacts and consent are shown to those who manage the registry.
import "server-only";
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { pageArgs, toPage } from "../infra/pagination";

export type ExpertListQuery = { projectId: string; q?: string; regionId?: string; independent?: boolean; page: number };

export async function listExperts(db: Db, actor: SessionUser | null, query: ExpertListQuery) {
  const user = authorize(actor, "expert.manage");
  const q = query.q?.trim();
  const where: Prisma.ExpertWhereInput = {
    AND: [
      { projectId: query.projectId },
      regionWhere(user, "expert.manage"),
      query.regionId ? { regionId: query.regionId } : {},
      query.independent === undefined ? {} : { independent: query.independent },
      q
        ? {
            OR: [
              { fullName: { contains: q, mode: "insensitive" } },
              { organization: { contains: q, mode: "insensitive" } },
              { email: { contains: q, mode: "insensitive" } },
              { competences: { has: q } },
              { directions: { some: { direction: { name: { contains: q, mode: "insensitive" } } } } },
            ],
          }
        : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.expert.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        code: true,
        fullName: true,
        independent: true,
        organization: true,
        email: true,
        phone: true,
        competences: true,
        consentAt: true,
        consentVersion: true,
        region: { select: { id: true, name: true } },
        directions: { select: { direction: { select: { name: true } } }, orderBy: { direction: { name: "asc" } } },
        _count: { select: { events: true } },
      },
      ...pageArgs(query.page),
    }),
    db.expert.count({ where }),
  ]);
  return toPage(items, total, query.page);
}
