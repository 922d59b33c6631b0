import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KpiDetailsTable, kpiDetailsTitle } from "@/components/kpi/kpi-details-view";
import { dayMonthYear } from "@/lib/infra/time/day-month-year";
import { periodLabel } from "@/lib/infra/time/period-label";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { dashboardHref } from "@/lib/kpi/dashboard-href";
import { listKpiDetails } from "@/lib/kpi/list-kpi-details";
import { parseKpiDetailsQuery } from "@/lib/kpi/parse-kpi-details-query";
import { getCurrentProject } from "@/lib/projects/current-project";

export const metadata = { title: "Детализация показателя" };

type Search = Record<string, string | string[] | undefined>;

export default async function KpiDetailsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const kept = Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "page" ? [[k, v]] : [])),
  ) as Record<string, string>;
  const { query, details } = await guardPage(
    async () => {
      const query = parseKpiDetailsQuery(params, project.year);
      return { query, details: await listKpiDetails(db, user, project.code, query) };
    },
    `/dashboard/details?${new URLSearchParams(kept)}`,
  );
  const { title, rule } = kpiDetailsTitle(details);
  const { page } = details.list;
  const hidden = page.items.some((item) => "participant" in item && item.participant === null);
  return (
    <>
      <p className="mb-2">
        <Link href={dashboardHref(query.period)}>← К показателям проекта</Link>
      </p>
      <h1>{title}</h1>
      <p className="mb-1">
        {details.project.name} · {periodLabel(details.period)} ({dayMonthYear(details.period.from)} —{" "}
        {dayMonthYear(details.period.to)})
      </p>
      <p className="mb-3 text-sm text-ink-muted">{rule}</p>
      <p className="mb-4 text-lg font-semibold">Всего: {page.total}</p>
      {hidden && (
        <p className="mb-4 rounded-md bg-warn-bg p-3 text-warn">
          ФИО участников из регионов, которые вы не курируете, скрыты; строки и итог — те же, что на панели показателей.
        </p>
      )}
      {page.total > 0 ? <KpiDetailsTable details={details} period={query.period} /> : <p>В периоде таких записей нет.</p>}
      <Pagination page={page.page} pageCount={page.pageCount} params={kept} />
    </>
  );
}
