// Публикации по регионам: for each project region, the distinct information resources with publications
// in the period against targetInfoResourcesPerRegion. The numbers are computeKpiReport's own
// infoResourcesPerRegion.byRegion (one computation, the KPI rule), so the view and the dashboard agree.
// Regions are paginated; the report is computed once per request.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { computeKpiReport } from "../kpi/compute-kpi-report";
import { pageArgs, toPage } from "../infra/pagination";

export type RegionCoverageRow = { id: string; code: string; name: string; resources: number; target: number; met: boolean };

export async function getRegionPublicationCoverage(
  db: Db,
  actor: SessionUser | null,
  query: { projectCode: string; year: number; quarter: number | null; page: number },
) {
  authorize(actor, "kpi.read");
  const report = await computeKpiReport(db, { projectCode: query.projectCode, year: query.year, quarter: query.quarter });
  const indicator = report.indicators.infoResourcesPerRegion;
  const where = { projects: { some: { project: { code: query.projectCode } } } };
  const [regions, total] = await Promise.all([
    db.region.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, code: true, name: true },
      ...pageArgs(query.page),
    }),
    db.region.count({ where }),
  ]);
  const rows: RegionCoverageRow[] = regions.map((r) => {
    const resources = indicator.byRegion[r.code] ?? 0;
    return { ...r, resources, target: indicator.target, met: resources >= indicator.target };
  });
  return { period: report.period, indicator, regions: toPage(rows, total, query.page) };
}
