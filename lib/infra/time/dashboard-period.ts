// The dashboard's period (a year, a quarter, or the year to the end of a quarter) ⇄ its URL parameters
// (year, quarter, mode=ytd): read from a URL, and written into the links of the dashboard, its lists and reports.

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

/** The period as URL parameters, after `leading` ones (the page's own, which come first in the link). */
export function periodSearchParams(period: DashboardPeriod, leading: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams({ ...leading, year: String(period.year) });
  if (period.quarter !== null) params.set("quarter", String(period.quarter));
  if (period.quarter !== null && period.cumulative) params.set("mode", "ytd");
  return params;
}
