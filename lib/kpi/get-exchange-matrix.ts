// Chart (d): the interregional exchange — attended registrations at counted events of the period, by the
// participant's region (where people come from) and the event's region (where they attend), from the
// period's attendance breakdown (get-attendance-breakdown.ts); the totals are sums of its few cells (at most regions² of them), not of registrations.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { getAttendanceBreakdown, type AttendanceBreakdown } from "./get-attendance-breakdown";
import { loadKpiScope } from "./load-kpi-scope";

export type MatrixRegion = { id: string; code: string; name: string; inProject: boolean };

export type ExchangeMatrix = {
  /** rows and columns alike: the project's regions, then any other region a participant comes from */
  regions: MatrixRegion[];
  /** cells[homeCode][hostCode]: attended registrations; missing pairs are 0 */
  cells: Record<string, Record<string, number>>;
  /** by the participant's region */
  rowTotals: Record<string, number>;
  /** by the event's region */
  columnTotals: Record<string, number>;
  total: number;
  /** the largest cell, for the heat-map scale */
  max: number;
};

export async function getExchangeMatrix(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  period: DashboardPeriod,
  /** the period's breakdown when the caller has it already (the dashboard shares it with coverage) */
  attendance?: Promise<AttendanceBreakdown>,
): Promise<ExchangeMatrix> {
  authorize(user, "kpi.read");
  return computeExchangeMatrix(db, projectCode, period, attendance);
}

/** The same without the permission check: only for a caller that has authorized (the cached dashboard figures). */
export async function computeExchangeMatrix(
  db: DbTx,
  projectCode: string,
  period: DashboardPeriod,
  /** the period's breakdown when the caller has it already (the dashboard shares it with coverage) */
  attendance?: Promise<AttendanceBreakdown>,
): Promise<ExchangeMatrix> {
  const { project, start, end } = await loadKpiScope(db, projectCode, period);
  const rows = (await (attendance ?? getAttendanceBreakdown(db, { project, start, end }))).byRegions;

  const seen = new Set(rows.flatMap((r) => [r.homeId, r.hostId]));
  const found = await db.region.findMany({
    where: { OR: [{ projects: { some: { projectId: project.id } } }, { id: { in: [...seen] } }] },
    select: { id: true, code: true, name: true, projects: { where: { projectId: project.id }, select: { regionId: true } } },
  });
  const regions = found
    .map(({ projects, ...r }) => ({ ...r, inProject: projects.length > 0 }))
    .sort((a, b) => Number(b.inProject) - Number(a.inProject) || a.code.localeCompare(b.code));
  const codeOf = new Map(regions.map((r) => [r.id, r.code]));

  const cells: ExchangeMatrix["cells"] = {};
  const rowTotals: Record<string, number> = {};
  const columnTotals: Record<string, number> = {};
  for (const r of regions) {
    cells[r.code] = {};
    rowTotals[r.code] = 0;
    columnTotals[r.code] = 0;
  }
  let total = 0;
  let max = 0;
  for (const row of rows) {
    const home = codeOf.get(row.homeId)!;
    const host = codeOf.get(row.hostId)!;
    cells[home][host] = row.n;
    rowTotals[home] += row.n;
    columnTotals[host] += row.n;
    total += row.n;
    max = Math.max(max, row.n);
  }
  return { regions, cells, rowTotals, columnTotals, total, max };
}
