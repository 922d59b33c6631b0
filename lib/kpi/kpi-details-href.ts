// Links from a dashboard number to the list behind it (/dashboard/details), with the dashboard's period.
import { periodSearchParams, type DashboardPeriod } from "../infra/time/dashboard-period";
import type { KpiDetailsFilter } from "./parse-kpi-details-query";

export function kpiDetailsHref(period: DashboardPeriod, filter: KpiDetailsFilter, page = 1): string {
  const params = periodSearchParams(period, { indicator: filter.indicator });
  for (const key of ["region", "resource", "home", "host", "category"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return `/dashboard/details?${params}`;
}
