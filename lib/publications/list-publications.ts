// Публикации: filters by region, resource and period (local days in the project's zone, both inclusive),
// newest first, paginated; a coordinator sees own regions only (the scope is in the query).
import "server-only";
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { pageArgs, toPage } from "../infra/pagination";
import { nextLocalDate, startOfLocalDay } from "../infra/time/period-bounds";

export type PublicationFilter = {
  projectId: string;
  regionId?: string;
  resourceId?: string;
  /** yyyy-mm-dd */
  from?: string;
  to?: string;
  page: number;
};

const isDay = (v?: string): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

export async function listPublications(db: Db, actor: SessionUser | null, filter: PublicationFilter) {
  const user = authorize(actor, "publication.manage");
  const project = await db.project.findUniqueOrThrow({ where: { id: filter.projectId }, select: { timezone: true } });
  const publishedAt: Prisma.DateTimeFilter = {};
  if (isDay(filter.from)) publishedAt.gte = startOfLocalDay(filter.from, project.timezone);
  if (isDay(filter.to)) publishedAt.lt = startOfLocalDay(nextLocalDate(filter.to), project.timezone);
  const where: Prisma.PublicationWhereInput = {
    AND: [
      { projectId: filter.projectId },
      regionWhere(user, "publication.manage"),
      filter.regionId ? { regionId: filter.regionId } : {},
      filter.resourceId ? { resourceId: filter.resourceId } : {},
      Object.keys(publishedAt).length ? { publishedAt } : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.publication.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        url: true,
        title: true,
        publishedAt: true,
        regionId: true,
        resourceId: true,
        eventId: true,
        region: { select: { name: true } },
        resource: { select: { name: true } },
        event: { select: { id: true, title: true } },
      },
      ...pageArgs(filter.page),
    }),
    db.publication.count({ where }),
  ]);
  return toPage(items, total, filter.page);
}
