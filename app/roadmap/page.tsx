import { MilestoneForm } from "@/components/roadmap/milestone-form";
import { Gantt } from "@/components/roadmap/gantt";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { localDate } from "@/lib/infra/time/period-bounds";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listMilestones } from "@/lib/roadmap/list-milestones";
import { deleteMilestoneAction, saveMilestoneAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";

export const metadata = { title: "Дорожная карта" };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function RoadmapPage({ searchParams }: { searchParams: Promise<{ page?: string; edit?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(
    () => listMilestones(db, user, { projectId: project.id, page: pageFrom(search.page) }),
    "/roadmap",
  );
  const manage = can(user, "roadmap.manage");
  const today = localDate(new Date(), project.timezone);
  const editing = manage ? page.items.find((m) => m.id === search.edit) : undefined;
  return (
    <>
      <h1>Дорожная карта</h1>
      <p className="mb-4">{project.name}. Вехи со сроками, ответственными и ходом исполнения.</p>
      <Gantt items={page.items} today={today} />
      {page.items.length === 0 ? (
        <p className="mb-6">Вех пока нет.</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="table">
            <caption className="sr-only">Вехи дорожной карты</caption>
            <thead>
              <tr>
                <th scope="col">Веха</th>
                <th scope="col">Ответственный</th>
                <th scope="col">Начало</th>
                <th scope="col">Срок</th>
                <th scope="col">Выполнено</th>
                {manage && <th scope="col">Действия</th>}
              </tr>
            </thead>
            <tbody>
              {page.items.map((m) => (
                <tr key={m.id}>
                  <td>{m.title}</td>
                  <td>{m.owner}</td>
                  <td className="whitespace-nowrap">{m.startDate ? formatDate(m.startDate, "UTC") : "—"}</td>
                  <td className="whitespace-nowrap">
                    {formatDate(m.dueDate, "UTC")}
                    {m.progress < 100 && iso(m.dueDate) < today && <span className="ml-1 text-bad">просрочено</span>}
                  </td>
                  <td>
                    <progress value={m.progress} max={100} aria-label={`Выполнено ${m.progress} %`} /> {m.progress} %
                  </td>
                  {manage && (
                    <td>
                      <div className="flex items-start gap-2">
                        <a
                          href={`?edit=${m.id}${search.page ? `&page=${search.page}` : ""}`}
                          aria-label={`Изменить веху «${m.title}»`}
                        >
                          Изменить
                        </a>
                        <ActionButton
                          action={deleteMilestoneAction}
                          fields={{ id: m.id, projectId: project.id }}
                          label="Удалить"
                          ariaLabel={`Удалить веху «${m.title}»`}
                        />
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
        </div>
      )}
      {manage && (
        <>
          <h2>{editing ? "Изменить веху" : "Новая веха"}</h2>
          <MilestoneForm
            key={editing?.id ?? "new"}
            label={editing ? "Изменить веху" : "Новая веха"}
            action={saveMilestoneAction}
            defaults={
              editing
                ? {
                    id: editing.id,
                    projectId: project.id,
                    title: editing.title,
                    owner: editing.owner,
                    startDate: iso(editing.startDate),
                    dueDate: iso(editing.dueDate),
                    progress: String(editing.progress),
                  }
                : { id: "", projectId: project.id, title: "", owner: "", startDate: "", dueDate: "", progress: "0" }
            }
          />
        </>
      )}
    </>
  );
}
