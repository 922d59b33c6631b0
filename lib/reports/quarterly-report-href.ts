// The dashboard's «Скачать отчёт» links: the report route with the dashboard's period.
import { periodSearchParams, type DashboardPeriod } from "../infra/time/dashboard-period";

export function quarterlyReportHref(period: DashboardPeriod, format: "pdf" | "xlsx"): string {
  const params = periodSearchParams(period);
  return `/dashboard/report.${format}?${params}`;
}
