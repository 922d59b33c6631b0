// The dashboard's period (a year, a quarter, or the year to the end of a quarter) as its URL gives it.

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
