// infoResourcesPerRegion for one region, row by row: distinct information resources with at least one
// publication for that region published in the period, with how many (which links to the publications).
import "server-only";
import type { ResourceKind } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type RegionResourceRow = {
  id: string;
  code: string;
  name: string;
  kind: ResourceKind;
  url: string | null;
  publications: number;
};

export async function listRegionResources(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<RegionResourceRow>> {
  authorize(user, "kpi.read");
  const { project, bounds } = await loadKpiScope(db, args.projectCode, args.period);
  const region = await findProjectRegion(db, project.id, args.filter.region ?? "");
  const inPeriod = { projectId: project.id, regionId: region.id, publishedAt: { gte: bounds.start, lt: bounds.end } };
  const where = { publications: { some: inPeriod } };
  const [rows, total] = await Promise.all([
    db.informationResource.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        url: true,
        _count: { select: { publications: { where: inPeriod } } },
      },
      ...pageArgs(args.page),
    }),
    db.informationResource.count({ where }),
  ]);
  return toPage(
    rows.map(({ _count, ...r }) => ({ ...r, publications: _count.publications })),
    total,
    args.page,
  );
}
