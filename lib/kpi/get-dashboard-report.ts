// The dashboard's data: the same kadry-kpi/1 report as the API and the CLI, for the period in the URL.
import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { computeKpiReport } from "./compute-kpi-report";

export type DashboardPeriod = { year: number; quarter: number | null; cumulative: boolean };

export function dashboardPeriodFrom(
  params: { year?: string; quarter?: string; mode?: string },
  projectYear: number,
): DashboardPeriod {
  const year = Number(params.year);
  const quarter = Number(params.quarter);
  const validQuarter = Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : null;
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : projectYear,
    quarter: validQuarter,
    cumulative: validQuarter !== null && params.mode === "ytd",
  };
}

export async function getDashboardReport(db: Db, user: SessionUser | null, projectCode: string, period: DashboardPeriod) {
  authorize(user, "dashboard.read");
  return computeKpiReport(db, { projectCode, ...period });
}
