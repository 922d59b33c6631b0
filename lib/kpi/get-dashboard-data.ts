// Everything the dashboard page shows for a period, fetched together: the kadry-kpi/1 report, the
// year's quarterly series, coverage, the exchange matrix and the assessments' history. The page and
// `npm run bench:kpi` (which times it on the 89-region data) both call this one function.
import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { listAssessments } from "../assessments/list-assessments";
import { getAttendanceBreakdown } from "./get-attendance-breakdown";
import { computeKpiWithQuarters } from "./compute-kpi-report";
import { getCoverage } from "./get-coverage";
import { loadKpiScope } from "./load-kpi-scope";
import type { DashboardPeriod } from "./get-dashboard-report";
import { getEventsByQuarter } from "./get-events-by-quarter";
import { getExchangeMatrix } from "./get-exchange-matrix";
import { getSatisfactionTrend } from "./get-satisfaction-trend";

export async function getDashboardData(
  db: Db,
  user: SessionUser | null,
  project: { id: string; code: string },
  period: DashboardPeriod,
  assessmentsPage = 1,
) {
  authorize(user, "dashboard.read");
  // the period's attendances by category and regions (EventAttendanceSummary), once for the coverage and the matrix
  const attendance = loadKpiScope(db, project.code, period).then((scope) => getAttendanceBreakdown(db, scope));
  attendance.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
  // the period's report and the year's quarterly trend come from one statement of the KPI engine
  const kpi = computeKpiWithQuarters(db, { projectCode: project.code, ...period });
  kpi.catch(() => {}); // awaited below
  // all at once: on PostgreSQL they run on separate connections and cores
  const [report, byQuarter, trend, coverage, matrix, assessments] = await Promise.all([
    kpi.then((k) => k.report),
    getEventsByQuarter(db, user, project.code, period.year),
    getSatisfactionTrend(
      db,
      user,
      project.code,
      period.year,
      kpi.then((k) => k.quarters),
    ),
    getCoverage(db, user, project.code, period, attendance),
    getExchangeMatrix(db, user, project.code, period, attendance),
    listAssessments(db, user, { projectId: project.id, year: period.year, page: assessmentsPage }),
  ]);
  return { report, byQuarter, trend, coverage, matrix, assessments };
}
