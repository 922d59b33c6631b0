// Everything the dashboard page shows for a period, fetched together: the kadry-kpi/1 report, the
// year's quarterly series, coverage, the exchange matrix and the assessments' history. The page and
// `npm run bench:kpi` (which times it on the 89-region data) both call this one function.
import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { listAssessments } from "../assessments/list-assessments";
import { getAttendanceBreakdown } from "./get-attendance-breakdown";
import { computeYearKpiWithQuarters } from "./compute-kpi-report";
import { getCoverage } from "./get-coverage";
import { loadKpiScope } from "./load-kpi-scope";
import { getDashboardReport, type DashboardPeriod } from "./get-dashboard-report";
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
  // the costly join of attendances with participants, once for both the coverage and the matrix
  const attendance = loadKpiScope(db, project.code, period).then((scope) => getAttendanceBreakdown(db, scope));
  attendance.catch(() => {}); // awaited below; never an unhandled rejection meanwhile
  // the whole year: its report and the quarterly trend come from one statement of the KPI engine
  const year = period.quarter === null ? computeYearKpiWithQuarters(db, project.code, period.year) : null;
  year?.catch(() => {}); // awaited below
  // all at once: on PostgreSQL they run on separate connections and cores
  const [report, byQuarter, trend, coverage, matrix, assessments] = await Promise.all([
    year ? year.then((y) => y.report) : getDashboardReport(db, user, project.code, period),
    getEventsByQuarter(db, user, project.code, period.year),
    getSatisfactionTrend(
      db,
      user,
      project.code,
      period.year,
      year?.then((y) => y.quarters),
    ),
    getCoverage(db, user, project.code, period, attendance),
    getExchangeMatrix(db, user, project.code, period, attendance),
    listAssessments(db, user, { projectId: project.id, year: period.year, page: assessmentsPage }),
  ]);
  return { report, byQuarter, trend, coverage, matrix, assessments };
}
