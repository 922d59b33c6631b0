// Everything the dashboard page shows for a period, fetched together: the kadry-kpi/1 report, the
// year's quarterly series, coverage, the exchange matrix and the assessments' history. The page and
// `npm run bench:kpi` (which times it on the 89-region data) both call this one function.
import "server-only";
import type { Db, DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { listAssessments } from "../assessments/list-assessments";
import { cachedKpi } from "./cached-kpi";
import { getAttendanceBreakdown } from "./get-attendance-breakdown";
import { computeKpiWithQuarters } from "./compute-kpi-report";
import { computeCoverage } from "./get-coverage";
import { loadKpiScope } from "./load-kpi-scope";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { computeEventsByQuarter } from "./get-events-by-quarter";
import { computeExchangeMatrix } from "./get-exchange-matrix";
import { computeSatisfactionTrend } from "./get-satisfaction-trend";

/**
 * `db` holds the KPI cache (the primary); the figures are computed from `source` (a read replica may
 * serve). The figures are the same for every reader of the dashboard, so they are cached per project and
 * period until the data changes (cached-kpi.ts); the assessments, a paginated list, are read each time.
 */
export async function getDashboardData(
  db: Db,
  user: SessionUser | null,
  project: { id: string; code: string },
  period: DashboardPeriod,
  assessmentsPage = 1,
  source: Db = db,
) {
  const [figures, assessments] = await Promise.all([
    getDashboardFigures(db, user, project.code, period, source),
    listAssessments(source, user, { projectId: project.id, year: period.year, page: assessmentsPage }),
  ]);
  return { ...figures, assessments };
}

/** The dashboard's figures without the assessments (the full exchange matrix page shows a part of them). */
export async function getDashboardFigures(
  db: Db,
  user: SessionUser | null,
  projectCode: string,
  period: DashboardPeriod,
  source: Db = db,
) {
  // authorization happens here, before and outside the cache: the cached computation takes no user and its
  // key names only the project and period, so no reader's rights can leak into (or out of) a cached value
  authorize(user, "dashboard.read");
  const key = `dashboard:${projectCode}:${period.year}:${period.quarter ?? ""}:${period.cumulative}`;
  return cachedKpi(db, key, (from) => dashboardFigures(from, projectCode, period), source);
}

async function dashboardFigures(db: DbTx, projectCode: string, period: DashboardPeriod) {
  // the period's attendances by category and regions (EventAttendanceSummary), once for the coverage and the matrix
  const attendance = loadKpiScope(db, projectCode, period).then((scope) => getAttendanceBreakdown(db, scope));
  attendance.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
  // the period's report and the year's quarterly trend come from one statement of the KPI engine
  const kpi = computeKpiWithQuarters(db, { projectCode, ...period });
  kpi.catch(() => {}); // awaited below
  // all at once: on PostgreSQL they run on separate connections and cores
  const [report, byQuarter, trend, coverage, matrix] = await Promise.all([
    kpi.then((k) => k.report),
    computeEventsByQuarter(db, projectCode, period.year),
    computeSatisfactionTrend(
      db,
      projectCode,
      period.year,
      kpi.then((k) => k.quarters),
    ),
    computeCoverage(db, projectCode, period, attendance),
    computeExchangeMatrix(db, projectCode, period, attendance),
  ]);
  return { report, byQuarter, trend, coverage, matrix };
}
