// The dashboard's «Скачать отчёт» links: the report route with the dashboard's period.
import type { DashboardPeriod } from "../kpi/dashboard-period";

export function quarterlyReportHref(period: DashboardPeriod, format: "pdf" | "xlsx"): string {
  const params = new URLSearchParams({ year: String(period.year) });
  if (period.quarter !== null) params.set("quarter", String(period.quarter));
  if (period.quarter !== null && period.cumulative) params.set("mode", "ytd");
  return `/dashboard/report.${format}?${params}`;
}
