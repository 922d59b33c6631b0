import { getTranslations } from "next-intl/server";
import { CoverageList } from "@/components/kpi/coverage-lists";
import { EventsByQuarterSection } from "@/components/kpi/events-by-quarter";
import { ExchangeMatrixSection } from "@/components/kpi/exchange-matrix";
import { KpiCards, KpiRegionTable } from "@/components/kpi/kpi-cards";
import { dayMonthYear } from "@/lib/infra/time/day-month-year";
import { periodLabel } from "@/lib/infra/time/period-label";
import { SatisfactionTrendSection } from "@/components/kpi/satisfaction-trend";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { readDb } from "@/lib/infra/db/read-db";
import { guardPage } from "@/lib/infra/http/page-guard";
import { dashboardPeriodFrom } from "@/lib/infra/time/dashboard-period";
import { getDashboardData } from "@/lib/kpi/get-dashboard-data";
import { dashboardHref } from "@/lib/kpi/dashboard-href";
import { heldEventsHref } from "@/lib/kpi/held-events-href";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import { getCurrentProject } from "@/lib/projects/current-project";
import { AssessmentFormOpener } from "@/components/assessments/assessment-form-opener";
import { AssessmentHistory } from "@/components/assessments/assessment-history";
import { Pagination } from "@/components/ui/pagination";
import type { RegionPaging } from "@/components/kpi/region-paging";
import { can } from "@/lib/auth/permissions";
import { closedQuarters } from "@/lib/assessments/closed-quarters";
import { pageFrom } from "@/lib/infra/pagination";
import { quarterlyReportHref } from "@/lib/reports/quarterly-report-href";
import { recordAssessmentAction } from "./actions";

export const metadata = { title: "Показатели проекта" };

const DASHBOARD_PARAMS = ["year", "quarter", "mode", "assessments", "regions", "quarterRegions", "exchangeRegions"] as const;
type DashboardParam = (typeof DASHBOARD_PARAMS)[number];

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<DashboardParam, string | undefined>>;
}) {
  const params = await searchParams;
  // the region tables page their regions, each with its own parameter; every link keeps the others
  const kept = Object.fromEntries(DASHBOARD_PARAMS.map((name) => [name, params[name]]));
  const paging = (name: DashboardParam): RegionPaging => ({ name, page: pageFrom(params[name]), params: kept });
  const t = await getTranslations();
  const project = await getCurrentProject(readDb);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const period = dashboardPeriodFrom(params, project.year);
  const { report, byQuarter, trend, coverage, matrix, assessments } = await guardPage(
    () => getDashboardData(db, user, project, period, pageFrom(params.assessments), readDb),
    "/dashboard",
  );
  const assessable = closedQuarters(period.year, project.timezone);

  // every number leads to the list behind it; a per-region minimum to the list of the region holding it
  const { indicators } = report;
  const regionName = Object.fromEntries(byQuarter.regions.map((r) => [r.code, r.name]));
  const codes = Object.keys(indicators.expertsPerRegion.byRegion).sort();
  const perRegionHref = (indicator: "experts" | "resources") =>
    Object.fromEntries(codes.map((code) => [code, kpiDetailsHref(period, { indicator, region: code })]));
  const expertsHref = perRegionHref("experts");
  const resourcesHref = perRegionHref("resources");
  const minimumOf = (byRegion: Record<string, number>) =>
    codes.find((c) => byRegion[c] === Math.min(...codes.map((x) => byRegion[x])));
  const expertsMin = minimumOf(indicators.expertsPerRegion.byRegion);
  const resourcesMin = minimumOf(indicators.infoResourcesPerRegion.byRegion);
  const feedbackHref = kpiDetailsHref(period, { indicator: "feedback" });

  return (
    <>
      <h1>Показатели проекта</h1>
      <p className="mb-4">
        {project.name} · период {dayMonthYear(report.period.from)} — {dayMonthYear(report.period.to)} ({report.period.timezone})
      </p>
      <form className="mb-3 flex flex-wrap items-end gap-3" aria-label="Период">
        <div>
          <label htmlFor="year" className="label">
            Год
          </label>
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={period.year} className="input w-28" />
        </div>
        <div>
          <label htmlFor="quarter" className="label">
            Квартал
          </label>
          <select id="quarter" name="quarter" defaultValue={period.quarter ?? ""} className="input">
            <option value="">Весь год</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}-й квартал
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mode" className="label">
            Расчёт
          </label>
          <select id="mode" name="mode" defaultValue={period.cumulative ? "ytd" : "quarter"} className="input">
            <option value="quarter">За квартал</option>
            <option value="ytd">С начала года</option>
          </select>
        </div>
        <button className="btn">Показать</button>
      </form>
      {/* plain links: the route answers with the file (Content-Disposition), no client code needed */}
      <p className="mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="text-ink-muted">Отчёт за {periodLabel(period)}:</span>
        <a href={quarterlyReportHref(period, "pdf")} download>
          Скачать отчёт (PDF)
        </a>
        <a href={quarterlyReportHref(period, "xlsx")} download>
          Скачать отчёт (XLSX)
        </a>
      </p>
      <h2 className="sr-only">Показатели за период</h2>
      <p className="mb-3 text-sm text-ink-muted">Каждое число — ссылка на список, из которого оно сложено.</p>
      <KpiCards
        report={report}
        links={{
          eventsHeld: heldEventsHref(project.code, report.period),
          categoriesCovered: kpiDetailsHref(period, { indicator: "categories" }),
          directionsCovered: kpiDetailsHref(period, { indicator: "directions" }),
          expertsPerRegion: expertsMin && expertsHref[expertsMin],
          infoResourcesPerRegion: resourcesMin && resourcesHref[resourcesMin],
          satisfactionAvg: feedbackHref,
          responses: feedbackHref,
        }}
        notes={{
          expertsPerRegion: expertsMin && `минимум: ${regionName[expertsMin] ?? expertsMin}`,
          infoResourcesPerRegion: resourcesMin && `минимум: ${regionName[resourcesMin] ?? resourcesMin}`,
        }}
      />
      <div className="mt-8">
        <KpiRegionTable
          report={report}
          regionNames={regionName}
          expertsHref={expertsHref}
          resourcesHref={resourcesHref}
          paging={paging("regions")}
        />
      </div>

      <p className="mt-4">
        <a href={kpiDetailsHref(period, { indicator: "conclusions" })}>Экспертные заключения о мероприятиях периода</a>
      </p>

      <h2 className="mt-10">Динамика за {period.year} год</h2>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <EventsByQuarterSection data={byQuarter} projectCode={project.code} paging={paging("quarterRegions")} />
        <SatisfactionTrendSection data={trend} />
      </div>

      <h2 className="mt-10">Охват в периоде</h2>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <CoverageList
          id="coverage-categories"
          title="Категории участников"
          countLabel="Посещений"
          indicator={indicators.categoriesCovered}
          items={coverage.categories}
          coveredHref={kpiDetailsHref(period, { indicator: "categories" })}
          itemHref={(c) => kpiDetailsHref(period, { indicator: "attendance", category: c.code })}
        />
        <CoverageList
          id="coverage-directions"
          title="Направления деятельности"
          countLabel="Мероприятий"
          indicator={indicators.directionsCovered}
          items={coverage.directions}
          coveredHref={kpiDetailsHref(period, { indicator: "directions" })}
          itemHref={(d) => heldEventsHref(project.code, report.period, { directionId: d.id })}
        />
      </div>

      <div className="mt-10">
        <ExchangeMatrixSection
          matrix={matrix}
          period={period}
          fullMatrixHref={dashboardHref(period, "/exchange")}
          paging={paging("exchangeRegions")}
        />
      </div>

      <section aria-labelledby="assessments-title" className="mt-10">
        <h2 id="assessments-title">Оценка результатов и корректировка, {period.year} год</h2>
        <AssessmentHistory items={assessments.items} timezone={project.timezone} />
        <Pagination
          name="assessments"
          page={assessments.page}
          pageCount={assessments.pageCount}
          params={kept}
          label="История оценок"
          keepScroll
        />
        {can(user, "assessment.record") && (
          <div className="mt-6">
            <h3 className="mb-2 font-semibold">Новая оценка квартала</h3>
            {assessable.length ? (
              <AssessmentFormOpener
                projectId={project.id}
                year={period.year}
                quarters={assessable}
                quarter={period.quarter}
                action={recordAssessmentAction}
              />
            ) : (
              <p>В {period.year} году ещё нет закончившихся кварталов: оценить можно квартал после его окончания.</p>
            )}
          </div>
        )}
      </section>
    </>
  );
}
