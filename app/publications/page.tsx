import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { PublicationForm } from "@/components/publications/publication-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { localDate } from "@/lib/infra/time/period-bounds";
import { getCurrentProject } from "@/lib/projects/current-project";
import { getPublicationFormOptions } from "@/lib/publications/get-publication-form-options";
import { listPublications } from "@/lib/publications/list-publications";
import { deletePublicationAction, savePublicationAction } from "./actions";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Публикации" };

type Search = { region?: string; resource?: string; from?: string; to?: string; page?: string; edit?: string };

export default async function PublicationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const { page, options } = await guardPage(async () => {
    const options = await getPublicationFormOptions(db, user, project.id);
    const page = await listPublications(db, user, {
      projectId: project.id,
      regionId: search.region,
      resourceId: search.resource,
      from: search.from,
      to: search.to,
      page: pageFrom(search.page),
    });
    return { page, options };
  }, "/publications");
  const editing = page.items.find((p) => p.id === search.edit);
  const zone = project.timezone;
  const defaults = editing
    ? {
        id: editing.id,
        projectId: project.id,
        resourceId: editing.resourceId,
        regionId: editing.regionId,
        eventId: editing.eventId ?? "",
        url: editing.url,
        title: editing.title ?? "",
        publishedAt: localDate(editing.publishedAt, zone),
      }
    : {
        projectId: project.id,
        resourceId: "",
        regionId: options.regions.length === 1 ? options.regions[0].id : "",
        eventId: "",
        url: "",
        title: "",
        publishedAt: localDate(new Date(), zone),
      };
  const kept = { region: search.region, resource: search.resource, from: search.from, to: search.to };
  const events = options.events.map((e) => ({
    id: e.id,
    regionId: e.regionId,
    name: `${formatDate(e.startsAt, zone)} ${e.title}`,
  }));
  return (
    <>
      <h1>Публикации</h1>
      <p className="mb-4">
        {project.name}. <Link href="/publications/regions">Информационные ресурсы по регионам</Link>
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Фильтры публикаций">
        <FilterSelect
          id="f-region"
          name="region"
          label="Регион"
          value={search.region}
          allLabel="Все"
          options={options.regions.map((r) => ({ value: r.id, label: r.name }))}
        />
        <FilterSelect
          id="f-resource"
          name="resource"
          label="Ресурс"
          value={search.resource}
          allLabel="Все"
          options={options.resources.map((r) => ({ value: r.id, label: r.name }))}
        />
        <div>
          <label htmlFor="f-from" className="label">
            С
          </label>
          <input id="f-from" name="from" type="date" defaultValue={search.from ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="f-to" className="label">
            По
          </label>
          <input id="f-to" name="to" type="date" defaultValue={search.to ?? ""} className="input" />
        </div>
        <button className="btn-secondary">Показать</button>
      </form>
      <p className="mb-2">Всего: {page.total}</p>
      {page.items.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Таблица: публикации">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Дата</th>
                <th scope="col">Публикация</th>
                <th scope="col">Ресурс</th>
                <th scope="col">Регион</th>
                <th scope="col">Мероприятие</th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((p) => (
                <tr key={p.id}>
                  <td className="whitespace-nowrap">{formatDate(p.publishedAt, zone)}</td>
                  <td>
                    <a href={p.url}>{p.title ?? p.url}</a>
                  </td>
                  <td>{p.resource.name}</td>
                  <td>{p.region.name}</td>
                  <td>{p.event ? <Link href={`/events/${p.event.id}`}>{p.event.title}</Link> : "—"}</td>
                  <td className="flex flex-wrap gap-2">
                    <Link
                      href={`/publications?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), page: String(page.page), edit: p.id })}`}
                      aria-label={`Изменить: ${p.title ?? p.url}`}
                    >
                      Изменить
                    </Link>
                    <ActionButton
                      action={deletePublicationAction}
                      fields={{ id: p.id }}
                      label="Удалить"
                      ariaLabel={`Удалить: ${p.title ?? p.url}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Публикаций не найдено.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={kept} />
      <h2 className="mt-8">{editing ? "Изменение публикации" : "Новая публикация"}</h2>
      {editing && (
        <p className="mb-2">
          <Link href="/publications">Отменить изменение</Link>
        </p>
      )}
      {options.resources.length ? (
        <PublicationForm
          key={editing?.id ?? "new"}
          action={savePublicationAction}
          defaults={defaults}
          resources={options.resources}
          regions={options.regions}
          events={events}
        />
      ) : (
        <p>В проекте ещё нет информационных ресурсов — их добавляет администратор.</p>
      )}
    </>
  );
}
