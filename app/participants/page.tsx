import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { regionsVisibleTo } from "@/lib/auth/policy/regions-visible-to";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { listParticipants } from "@/lib/participants/list-participants";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Реестр участников" };

type Search = { q?: string; regionId?: string; categoryId?: string; page?: string };

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const filter = { q: search.q, regionId: search.regionId, categoryId: search.categoryId };
  const [page, reference] = await guardPage(
    () =>
      Promise.all([
        listParticipants(db, user, project.id, { ...filter, page: pageFrom(search.page) }),
        getProjectReference(db, project.id),
      ]),
    "/participants",
  );
  const regions = regionsVisibleTo(user, "participant.read", reference.regions);
  return (
    <>
      <h1>Реестр участников</h1>
      <p className="mb-4">
        {project.name}. Найдено: {page.total}.
        {can(user, "participant.manage") && (
          <>
            {" "}
            <Link href="/participants/import">Импорт участников из CSV/XLSX</Link>
          </>
        )}
      </p>
      <form method="get" className="card mb-6 flex flex-wrap items-end gap-4" role="search">
        <div>
          <label htmlFor="q" className="label">
            ФИО, организация или e-mail
          </label>
          <input id="q" name="q" defaultValue={search.q ?? ""} className="input" />
        </div>
        <FilterSelect
          id="regionId"
          name="regionId"
          label="Регион"
          value={search.regionId}
          allLabel="все"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
        />
        <FilterSelect
          id="categoryId"
          name="categoryId"
          label="Категория"
          value={search.categoryId}
          allLabel="все"
          options={reference.categories.map((c) => ({ value: c.id, label: c.name }))}
        />
        <button className="btn">Найти</button>
      </form>
      {page.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">ФИО</th>
                <th scope="col">Код</th>
                <th scope="col">Категория</th>
                <th scope="col">Регион</th>
                <th scope="col">Организация, должность</th>
                <th scope="col">E-mail</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/participants/${p.id}`}>{p.fullName}</Link>
                    {p.deletionRequestedAt && !p.anonymizedAt && (
                      <span className="ml-2 text-sm text-bad">запрошено удаление</span>
                    )}
                  </td>
                  <td>{p.code}</td>
                  <td>{p.category.name}</td>
                  <td>{p.region.name}</td>
                  <td>{[p.organization, p.position].filter(Boolean).join(", ") || "—"}</td>
                  <td>{p.email ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Участники не найдены.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={filter} />
    </>
  );
}
