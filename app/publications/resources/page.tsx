import Link from "next/link";
import { ResourceForm } from "@/components/publications/resource-form";
import { Pagination } from "@/components/ui/pagination";
import { authorize } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listResources } from "@/lib/publications/list-resources";
import { RESOURCE_KIND_NAMES } from "@/lib/publications/schemas";
import { saveResourceAction } from "../actions";

export const metadata = { title: "Информационные ресурсы" };

export default async function ResourcesPage({ searchParams }: { searchParams: Promise<{ page?: string; edit?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(async () => {
    authorize(user, "resource.manage");
    return listResources(db, user, project.id, pageFrom(search.page));
  }, "/publications/resources");
  const editing = page.items.find((r) => r.id === search.edit);
  const defaults = editing
    ? {
        id: editing.id,
        projectId: project.id,
        code: editing.code,
        name: editing.name,
        kind: editing.kind,
        url: editing.url ?? "",
      }
    : { projectId: project.id, code: "", name: "", kind: "media", url: "" };
  return (
    <>
      <h1>Информационные ресурсы</h1>
      <p className="mb-4">{project.name}</p>
      {page.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Ресурс</th>
                <th scope="col">Вид</th>
                <th scope="col">Код</th>
                <th scope="col" className="text-right">
                  Публикаций
                </th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.url ? <a href={r.url}>{r.name}</a> : r.name}</td>
                  <td>{RESOURCE_KIND_NAMES[r.kind]}</td>
                  <td>{r.code}</td>
                  <td className="text-right">{r._count.publications}</td>
                  <td>
                    <Link href={`/publications/resources?page=${page.page}&edit=${r.id}`} aria-label={`Изменить: ${r.name}`}>
                      Изменить
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Ресурсов пока нет.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
      <h2 className="mt-8">{editing ? "Изменение ресурса" : "Новый ресурс"}</h2>
      <ResourceForm key={editing?.id ?? "new"} action={saveResourceAction} defaults={defaults} />
    </>
  );
}
