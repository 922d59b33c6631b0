// /dashboard/details?indicator=…&year=…&quarter=…&mode=…&region=…&home=…&host=…&category=…&resource=…&page=…
// read once: the period as the dashboard reads it, codes as written in the URL (resolved by the lists).
// An unknown indicator or a list without its required region is a page that does not exist (404).
import { AppError } from "../infra/errors/app-error";
import { pageFrom } from "../infra/pagination";
import { dashboardPeriodFrom, type DashboardPeriod } from "../infra/time/dashboard-period";

export const KPI_DETAIL_INDICATORS = [
  "categories",
  "directions",
  "experts",
  "resources",
  "publications",
  "feedback",
  "attendance",
  "conclusions",
] as const;
export type KpiDetailIndicator = (typeof KPI_DETAIL_INDICATORS)[number];

export type KpiDetailsFilter = {
  indicator: KpiDetailIndicator;
  /** experts, resources, publications: the region code (required); conclusions: optional */
  region?: string;
  /** publications: one information resource (code) */
  resource?: string;
  /** attendance: the participant's region (code) */
  home?: string;
  /** attendance: the event's region (code) */
  host?: string;
  /** attendance: the participant category (code) */
  category?: string;
};

export type KpiDetailsQuery = { period: DashboardPeriod; filter: KpiDetailsFilter; page: number };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v && /^[\w.-]{1,100}$/.test(v) ? v : undefined;
};

export function parseKpiDetailsQuery(params: Params, projectYear: number): KpiDetailsQuery {
  const indicator = first(params.indicator);
  if (!indicator || !(KPI_DETAIL_INDICATORS as readonly string[]).includes(indicator)) {
    throw new AppError("NOT_FOUND", "Неизвестный показатель");
  }
  const filter: KpiDetailsFilter = { indicator: indicator as KpiDetailIndicator };
  for (const key of ["region", "resource", "home", "host", "category"] as const) {
    const value = first(params[key]);
    if (value) filter[key] = value;
  }
  if ((indicator === "experts" || indicator === "resources" || indicator === "publications") && !filter.region) {
    throw new AppError("NOT_FOUND", "Не указан регион");
  }
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return {
    period: dashboardPeriodFrom({ year: one(params.year), quarter: one(params.quarter), mode: one(params.mode) }, projectYear),
    filter,
    page: pageFrom(params.page),
  };
}

/** What every drill-down list takes: the project, the dashboard period, the list's filter and a page. */
export type KpiListArgs = { projectCode: string; period: DashboardPeriod; filter: KpiDetailsFilter; page: number };
