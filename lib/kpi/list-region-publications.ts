// The publications behind a region's information resources in the period (optionally of one resource).
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type RegionPublicationRow = {
  id: string;
  title: string | null;
  url: string;
  publishedAt: Date;
  resource: string;
  event: { id: string; title: string } | null;
};

export async function listRegionPublications(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<RegionPublicationRow>> {
  authorize(user, "kpi.read");
  const { project, bounds } = await loadKpiScope(db, args.projectCode, args.period);
  const region = await findProjectRegion(db, project.id, args.filter.region ?? "");
  let resourceId: string | undefined;
  if (args.filter.resource) {
    const resource = await db.informationResource.findUnique({
      where: { projectId_code: { projectId: project.id, code: args.filter.resource } },
      select: { id: true },
    });
    if (!resource) throw new AppError("NOT_FOUND", `Информационный ресурс «${args.filter.resource}» не найден`);
    resourceId = resource.id;
  }
  const where = {
    projectId: project.id,
    regionId: region.id,
    publishedAt: { gte: bounds.start, lt: bounds.end },
    ...(resourceId ? { resourceId } : {}),
  };
  const [rows, total] = await Promise.all([
    db.publication.findMany({
      where,
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        url: true,
        publishedAt: true,
        resource: { select: { name: true } },
        event: { select: { id: true, title: true } },
      },
      ...pageArgs(args.page),
    }),
    db.publication.count({ where }),
  ]);
  return toPage(
    rows.map((p) => ({ ...p, resource: p.resource.name })),
    total,
    args.page,
  );
}
