// Links from a dashboard number to the list behind it (/dashboard/details), with the dashboard's period.
import type { DashboardPeriod } from "./dashboard-period";
import type { KpiDetailsFilter } from "./parse-kpi-details-query";

export function kpiDetailsHref(period: DashboardPeriod, filter: KpiDetailsFilter, page = 1): string {
  const params = new URLSearchParams({ indicator: filter.indicator, year: String(period.year) });
  if (period.quarter !== null) params.set("quarter", String(period.quarter));
  if (period.quarter !== null && period.cumulative) params.set("mode", "ytd");
  for (const key of ["region", "resource", "home", "host", "category"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return `/dashboard/details?${params}`;
}
