import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { dashboardPeriodFrom } from "@/lib/infra/time/dashboard-period";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";
import { getRegionPublicationCoverage } from "@/lib/publications/get-region-publication-coverage";

export const metadata = { title: "Публикации по регионам" };

type Search = { year?: string; quarter?: string; page?: string };

export default async function PublicationRegionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const period = dashboardPeriodFrom({ year: search.year, quarter: search.quarter }, project.year);
  const data = await guardPage(
    () => getRegionPublicationCoverage(db, user, { projectCode: project.code, ...period, page: pageFrom(search.page) }),
    "/publications/regions",
  );
  const label = `${period.year} год${period.quarter ? `, ${period.quarter} квартал` : ""}`;
  return (
    <>
      <h1>Информационные ресурсы по регионам</h1>
      <p className="mb-2">
        {project.name} · {label}
      </p>
      <p className="mb-4 text-sm text-ink-muted">
        Число разных информационных ресурсов, опубликовавших в периоде хотя бы один материал о регионе (правило показателя
        «информационных ресурсов в каждом регионе»); цель — не меньше {data.indicator.target}.
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Период">
        <div>
          <label htmlFor="year" className="label">
            Год
          </label>
          <input id="year" name="year" type="number" defaultValue={period.year} className="input w-28" />
        </div>
        <div>
          <label htmlFor="quarter" className="label">
            Квартал
          </label>
          <select id="quarter" name="quarter" defaultValue={period.quarter ?? ""} className="input">
            <option value="">Весь год</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q} квартал
              </option>
            ))}
          </select>
        </div>
        <button className="btn-secondary">Показать</button>
      </form>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Регион</th>
              <th scope="col" className="text-right">
                Ресурсов с публикациями
              </th>
              <th scope="col" className="text-right">
                Цель
              </th>
              <th scope="col">Выполнено</th>
            </tr>
          </thead>
          <tbody>
            {data.regions.items.map((r) => (
              <tr key={r.id} data-region={r.code}>
                <td>{r.name}</td>
                <td className="text-right">
                  <Link href={kpiDetailsHref(period, { indicator: "resources", region: r.code })}>{r.resources}</Link>
                </td>
                <td className="text-right">{r.target}</td>
                <td className={r.met ? "font-semibold text-ok" : "font-semibold text-bad"}>
                  {r.met ? "✓ выполнено" : "✗ не выполнено"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={data.regions.page}
        pageCount={data.regions.pageCount}
        params={{ year: String(period.year), quarter: period.quarter ? String(period.quarter) : undefined }}
      />
    </>
  );
}
