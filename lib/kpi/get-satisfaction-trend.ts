// Chart (b): satisfactionAvg quarter by quarter. The values are the quarters' kadry-kpi/1 reports
// themselves (computeKpiReport), never a second formula, so the chart and the cards cannot disagree.
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../db/client";
import { computeKpiReport } from "./compute-kpi-report";

export type SatisfactionPoint = {
  quarter: number;
  from: string;
  to: string;
  /** rounded mean as the report gives it; null without responses */
  value: number | null;
  responses: number;
  met: boolean;
};

export type SatisfactionTrend = { year: number; target: number; quarters: SatisfactionPoint[] };

export async function getSatisfactionTrend(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  year: number,
): Promise<SatisfactionTrend> {
  authorize(user, "kpi.read");
  const quarters: SatisfactionPoint[] = [];
  let target = 0;
  // one after another: the embedded database serves one connection anyway
  for (const quarter of [1, 2, 3, 4]) {
    const report = await computeKpiReport(db, { projectCode, year, quarter });
    const s = report.indicators.satisfactionAvg;
    target = s.target;
    quarters.push({
      quarter,
      from: report.period.from,
      to: report.period.to,
      value: s.value,
      responses: s.responses,
      met: s.met,
    });
  }
  return { year, target, quarters };
}
