import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { isRegionScoped } from "@/lib/auth/policy/is-region-scoped";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { listExperts } from "@/lib/experts/list-experts";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";

export const metadata = { title: "Реестр экспертов" };

type Search = { q?: string; page?: string };

export default async function ExpertsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(
    () => listExperts(db, user, { projectId: project.id, q: search.q, page: pageFrom(search.page) }),
    "/experts",
  );
  return (
    <>
      <h1>Реестр экспертов</h1>
      <p className="mb-4">
        {project.name}
        {isRegionScoped(user, "expert.manage") ? " · эксперты ваших регионов" : ""}
      </p>
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <form method="get" role="search" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="q" className="label">
              Поиск: ФИО, организация, почта, направление, компетенция
            </label>
            <input id="q" name="q" defaultValue={search.q ?? ""} className="input" />
          </div>
          <button className="btn-secondary">Найти</button>
        </form>
        {can(user, "expert.manage") && (
          <Link href="/experts/new" className="btn">
            Добавить эксперта
          </Link>
        )}
      </div>
      <p className="mb-2">Всего: {page.total}</p>
      {page.items.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Таблица: эксперты">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">ФИО</th>
                <th scope="col">Независимый</th>
                <th scope="col">Регион</th>
                <th scope="col">Организация</th>
                <th scope="col">Направления и компетенции</th>
                <th scope="col">Контакты</th>
                <th scope="col">Согласие на обработку ПДн</th>
                <th scope="col" className="text-right">
                  Мероприятий
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((x) => (
                <tr key={x.id}>
                  <td>
                    <Link href={`/experts/${x.id}`}>{x.fullName}</Link>
                  </td>
                  <td>{x.independent ? "да" : "нет"}</td>
                  <td>{x.region?.name ?? "—"}</td>
                  <td>{x.organization ?? "—"}</td>
                  <td>{[...x.directions.map((d) => d.direction.name), ...x.competences].join("; ") || "—"}</td>
                  <td>{[x.email, x.phone].filter(Boolean).join(", ") || "—"}</td>
                  <td>{x.consentAt ? `${formatDate(x.consentAt, project.timezone)}, ред. ${x.consentVersion}` : "нет"}</td>
                  <td className="text-right">{x._count.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Эксперты не найдены.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{ q: search.q }} />
    </>
  );
}
