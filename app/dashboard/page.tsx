import { getTranslations } from "next-intl/server";
import { KpiCards, KpiRegionTable } from "@/components/kpi/kpi-cards";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { guardPage } from "@/lib/http/page-guard";
import { dashboardPeriodFrom, getDashboardReport } from "@/lib/kpi/get-dashboard-report";
import { getCurrentProject } from "@/lib/projects/current-project";

export const metadata = { title: "Показатели проекта" };

const dayMonthYear = (iso: string) => iso.split("-").reverse().join(".");

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; quarter?: string; mode?: string }>;
}) {
  const params = await searchParams;
  const t = await getTranslations();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const period = dashboardPeriodFrom(params, project.year);
  const report = await guardPage(() => getDashboardReport(db, user, project.code, period), "/dashboard");
  return (
    <>
      <h1>Показатели проекта</h1>
      <p className="mb-4">
        {project.name} · период {dayMonthYear(report.period.from)} — {dayMonthYear(report.period.to)} ({report.period.timezone})
      </p>
      <form className="mb-6 flex flex-wrap items-end gap-3" aria-label="Период">
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
      <KpiCards report={report} />
      <div className="mt-8">
        <KpiRegionTable report={report} />
      </div>
    </>
  );
}
