import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WholeExchangeMatrix } from "@/components/kpi/exchange-matrix";
import { dayMonthYear } from "@/lib/infra/time/day-month-year";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { readDb } from "@/lib/infra/db/read-db";
import { guardPage } from "@/lib/infra/http/page-guard";
import { dashboardHref } from "@/lib/kpi/dashboard-href";
import { getDashboardFigures } from "@/lib/kpi/get-dashboard-data";
import { dashboardPeriodFrom } from "@/lib/infra/time/dashboard-period";
import { getCurrentProject } from "@/lib/projects/current-project";

export const metadata = { title: "Матрица межрегионального обмена" };

// The whole exchange matrix of a period: the dashboard links here when it has too many regions to show it.
export default async function ExchangeMatrixPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; quarter?: string; mode?: string }>;
}) {
  const params = await searchParams;
  const t = await getTranslations();
  const project = await getCurrentProject(readDb);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const period = dashboardPeriodFrom(params, project.year);
  const { matrix, report } = await guardPage(
    () => getDashboardFigures(db, user, project.code, period, readDb),
    dashboardHref(period, "/exchange"),
  );
  return (
    <>
      <p className="mb-2">
        <Link href={dashboardHref(period)}>← К показателям проекта</Link>
      </p>
      <h1>Матрица межрегионального обмена</h1>
      <p className="mb-4">
        {project.name} · период {dayMonthYear(report.period.from)} — {dayMonthYear(report.period.to)} ({report.period.timezone})
      </p>
      <WholeExchangeMatrix matrix={matrix} period={period} />
    </>
  );
}
