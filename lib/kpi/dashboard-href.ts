// The dashboard for a period (the way back from a drill-down list), or one of its pages for the period.
import { periodSearchParams, type DashboardPeriod } from "../infra/time/dashboard-period";

export function dashboardHref(period: DashboardPeriod, page: "" | "/exchange" = ""): string {
  const params = periodSearchParams(period);
  return `/dashboard${page}?${params}`;
}
