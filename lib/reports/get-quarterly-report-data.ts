// Everything the downloadable quarterly report shows, gathered by the dashboard's own functions: the same
// kadry-kpi/1 report, charts' series, coverage, exchange matrix and assessments — no second formula, so the
// PDF, the XLSX and the page cannot disagree.
import "server-only";
import type { Db } from "../infra/db/client";
import { getDashboardData } from "../kpi/get-dashboard-data";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { listAssessments, type AssessmentItem } from "../assessments/list-assessments";
import type { KpiReport } from "../kpi/compute-kpi-report";
import { type Coverage } from "../kpi/get-coverage";
import { type DashboardPeriod } from "../infra/time/dashboard-period";
import { type EventsByQuarter } from "../kpi/get-events-by-quarter";
import { type ExchangeMatrix } from "../kpi/get-exchange-matrix";
import { type SatisfactionTrend } from "../kpi/get-satisfaction-trend";

/** Assessments read in pages of this size, at most MAX_ASSESSMENTS (a quarter gets a handful in practice). */
const ASSESSMENT_PAGE = 50;
export const MAX_ASSESSMENTS = 200;

export type QuarterlyReportData = {
  project: { code: string; name: string; timezone: string };
  period: DashboardPeriod;
  generatedAt: Date;
  report: KpiReport;
  /** region code → name, for every region any table mentions */
  regionNames: Record<string, string>;
  byQuarter: EventsByQuarter;
  trend: SatisfactionTrend;
  coverage: Coverage;
  matrix: ExchangeMatrix;
  /** the year's assessments (the quarter's when one is chosen), newest first; `total` may exceed the items */
  assessments: { items: AssessmentItem[]; total: number };
};

export async function getQuarterlyReportData(
  db: Db,
  user: SessionUser | null,
  projectCode: string,
  period: DashboardPeriod,
  now = new Date(),
): Promise<QuarterlyReportData> {
  authorize(user, "dashboard.read");
  const project = await db.project.findUnique({
    where: { code: projectCode },
    select: { id: true, code: true, name: true, timezone: true },
  });
  if (!project) throw new AppError("NOT_FOUND", `Проект «${projectCode}» не найден`);

  // the page's own data function: the report's numbers are the dashboard's
  const { report, byQuarter, trend, coverage, matrix } = await getDashboardData(db, user, project, period);

  const items: AssessmentItem[] = [];
  let total = 0;
  for (let page = 1; items.length < MAX_ASSESSMENTS; page++) {
    const found = await listAssessments(db, user, {
      projectId: project.id,
      year: period.year,
      quarter: period.quarter,
      page,
      size: ASSESSMENT_PAGE,
    });
    items.push(...found.items.slice(0, MAX_ASSESSMENTS - items.length));
    total = found.total;
    if (page >= found.pageCount) break;
  }

  const regionNames = Object.fromEntries([...matrix.regions, ...byQuarter.regions].map((r) => [r.code, r.name]));
  return {
    project: { code: project.code, name: project.name, timezone: project.timezone },
    period,
    generatedAt: now,
    report,
    regionNames,
    byQuarter,
    trend,
    coverage,
    matrix,
    assessments: { items, total },
  };
}
