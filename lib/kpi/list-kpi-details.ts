// /dashboard/details: the list behind one dashboard number, for the page to render as it is. The heading's
// parts (project, period, the named region / category / resource) come along with the rows.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import type { Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { listCoveredCategories, type CoveredCategoryRow } from "./list-covered-categories";
import { listCoveredDirections, type CoveredDirectionRow } from "./list-covered-directions";
import { listExchangeAttendances, type ExchangeAttendanceRow } from "./list-exchange-attendances";
import { listPeriodConclusions, type PeriodConclusionRow } from "./list-period-conclusions";
import { listRegionExperts, type RegionExpertRow } from "./list-region-experts";
import { listRegionPublications, type RegionPublicationRow } from "./list-region-publications";
import { listRegionResources, type RegionResourceRow } from "./list-region-resources";
import { listSatisfactionResponses, type SatisfactionResponseRow } from "./list-satisfaction-responses";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiDetailsFilter, KpiDetailsQuery } from "./parse-kpi-details-query";

export type KpiDetailsList =
  | { indicator: "categories"; page: Page<CoveredCategoryRow> }
  | { indicator: "directions"; page: Page<CoveredDirectionRow> }
  | { indicator: "experts"; page: Page<RegionExpertRow> }
  | { indicator: "resources"; page: Page<RegionResourceRow> }
  | { indicator: "publications"; page: Page<RegionPublicationRow> }
  | { indicator: "feedback"; page: Page<SatisfactionResponseRow> }
  | { indicator: "attendance"; page: Page<ExchangeAttendanceRow> }
  | { indicator: "conclusions"; page: Page<PeriodConclusionRow> };

export type KpiDetails = {
  project: { id: string; code: string; name: string; timezone: string };
  period: { year: number; quarter: number | null; cumulative: boolean; from: string; to: string };
  filter: KpiDetailsFilter;
  /** names of what the URL's codes point at, for the heading */
  names: { region?: string; home?: string; host?: string; category?: string; resource?: string };
  list: KpiDetailsList;
};

export async function listKpiDetails(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  query: KpiDetailsQuery,
): Promise<KpiDetails> {
  authorize(user, "kpi.read");
  const { project, bounds } = await loadKpiScope(db, projectCode, query.period);
  const { filter } = query;
  const names: KpiDetails["names"] = {};
  if (filter.region) names.region = (await findProjectRegion(db, project.id, filter.region)).name;
  if (filter.home) names.home = (await findProjectRegion(db, project.id, filter.home, true)).name;
  if (filter.host) names.host = (await findProjectRegion(db, project.id, filter.host, true)).name;
  if (filter.category) {
    const category = await db.participantCategory.findUnique({
      where: { projectId_code: { projectId: project.id, code: filter.category } },
    });
    if (!category) throw new AppError("NOT_FOUND", `Категория «${filter.category}» не найдена`);
    names.category = category.name;
  }
  if (filter.resource) {
    const resource = await db.informationResource.findUnique({
      where: { projectId_code: { projectId: project.id, code: filter.resource } },
    });
    if (!resource) throw new AppError("NOT_FOUND", `Информационный ресурс «${filter.resource}» не найден`);
    names.resource = resource.name;
  }

  const args = { projectCode, period: query.period, filter, page: query.page };
  let list: KpiDetailsList;
  switch (filter.indicator) {
    case "categories":
      list = { indicator: "categories", page: await listCoveredCategories(db, user, args) };
      break;
    case "directions":
      list = { indicator: "directions", page: await listCoveredDirections(db, user, args) };
      break;
    case "experts":
      list = { indicator: "experts", page: await listRegionExperts(db, user, args) };
      break;
    case "resources":
      list = { indicator: "resources", page: await listRegionResources(db, user, args) };
      break;
    case "publications":
      list = { indicator: "publications", page: await listRegionPublications(db, user, args) };
      break;
    case "feedback":
      list = { indicator: "feedback", page: await listSatisfactionResponses(db, user, args) };
      break;
    case "attendance":
      list = { indicator: "attendance", page: await listExchangeAttendances(db, user, args) };
      break;
    case "conclusions":
      list = { indicator: "conclusions", page: await listPeriodConclusions(db, user, args) };
      break;
  }
  return {
    project: { id: project.id, code: project.code, name: project.name, timezone: project.timezone },
    period: { year: bounds.year, quarter: bounds.quarter, cumulative: bounds.cumulative, from: bounds.from, to: bounds.to },
    filter,
    names,
    list,
  };
}
