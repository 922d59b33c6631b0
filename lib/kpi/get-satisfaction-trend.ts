// Chart (b): satisfactionAvg quarter by quarter, from the KPI engine's computeQuarterlySatisfaction: the
// same counted events, ratings and rounding as each quarter's kadry-kpi/1 report, in one statement.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { periodBounds } from "../infra/time/period-bounds";
import { computeQuarterlySatisfaction, type QuarterSatisfaction } from "./compute-kpi-report";

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
  /** the quarters when the caller computed them with the period's report (computeKpiWithQuarters) */
  computed?: Promise<QuarterSatisfaction[]>,
): Promise<SatisfactionTrend> {
  authorize(user, "kpi.read");
  return computeSatisfactionTrend(db, projectCode, year, computed);
}

/** The same without the permission check: only for a caller that has authorized (the cached dashboard figures). */
export async function computeSatisfactionTrend(
  db: DbTx,
  projectCode: string,
  year: number,
  /** the quarters when the caller computed them with the period's report (computeKpiWithQuarters) */
  computed?: Promise<QuarterSatisfaction[]>,
): Promise<SatisfactionTrend> {
  const [rows, project] = await Promise.all([
    computed ?? computeQuarterlySatisfaction(db, projectCode, year),
    db.project.findUnique({ where: { code: projectCode }, select: { timezone: true } }),
  ]);
  const quarters: SatisfactionPoint[] = rows.map((r) => {
    const bounds = periodBounds({ year, quarter: r.quarter, timeZone: project!.timezone });
    return { quarter: r.quarter, from: bounds.from, to: bounds.to, value: r.value, responses: r.responses, met: r.met };
  });
  const target = rows[0]?.target ?? 0;
  return { year, target, quarters };
}
