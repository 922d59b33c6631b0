// The dashboard for a period (the way back from a drill-down list), or one of its pages for the period.
import type { DashboardPeriod } from "./dashboard-period";

export function dashboardHref(period: DashboardPeriod, page: "" | "/exchange" = ""): string {
  const params = new URLSearchParams({ year: String(period.year) });
  if (period.quarter !== null) params.set("quarter", String(period.quarter));
  if (period.quarter !== null && period.cumulative) params.set("mode", "ytd");
  return `/dashboard${page}?${params}`;
}
