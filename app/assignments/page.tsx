import Link from "next/link";
import { AssignmentStatusBadge } from "@/components/protocols/assignment-status-badge";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { ASSIGNMENT_STATUSES, STATUS_NAMES } from "@/lib/protocols/assignment-state";
import { listAssignmentItems } from "@/lib/protocols/list-assignment-items";
import { regionWhere } from "@/lib/auth/permissions";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Протокольные поручения" };

type Search = { status?: string; region?: string; overdue?: string; page?: string };

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const now = new Date();
  const page = await guardPage(
    () =>
      listAssignmentItems(
        db,
        user,
        {
          projectId: project.id,
          status: search.status,
          regionId: search.region,
          overdue: search.overdue === "1",
          page: pageFrom(search.page),
        },
        now,
      ),
    "/assignments",
  );
  const scoped = regionWhere(user!, "assignment.read").regionId as { in: string[] } | undefined;
  const regions = (await getProjectReference(db, project.id)).regions.filter((r) => !scoped || scoped.in.includes(r.id));
  return (
    <>
      <h1>Протокольные поручения</h1>
      <p className="mb-4">
        {project.name}. Срок — день по времени проекта ({project.timezone}) включительно; «просрочено» вычисляется: срок истёк, а
        отчёт не представлен или возвращён.
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Фильтры поручений">
        <FilterSelect
          id="f-status"
          name="status"
          label="Статус"
          value={search.status}
          allLabel="Все"
          options={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: STATUS_NAMES[s] }))}
        />
        <FilterSelect
          id="f-region"
          name="region"
          label="Регион"
          value={search.region}
          allLabel="Все"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
        />
        <label className="flex items-center gap-1 pb-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={search.overdue === "1"} /> только просроченные
        </label>
        <button className="btn">Показать</button>
      </form>
      {page.items.length === 0 ? (
        <p>Поручений не найдено.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="sr-only">Поручения по регионам, всего {page.total}</caption>
            <thead>
              <tr>
                <th scope="col">Срок</th>
                <th scope="col">Регион</th>
                <th scope="col">Поручение</th>
                <th scope="col">Протокол</th>
                <th scope="col">Статус</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((i) => (
                <tr key={i.id}>
                  <td className="whitespace-nowrap">{formatDate(i.dueDate, "UTC")}</td>
                  <td>{i.region.name}</td>
                  <td>
                    <Link href={`/assignments/${i.id}`}>
                      {i.assignment.number}.{" "}
                      {i.assignment.text.length > 120 ? `${i.assignment.text.slice(0, 120)}…` : i.assignment.text}
                    </Link>
                  </td>
                  <td>
                    <Link href={`/protocols/${i.assignment.meeting.id}`}>№ {i.assignment.meeting.protocolNumber}</Link>
                  </td>
                  <td>
                    <AssignmentStatusBadge item={i} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={page.page}
            pageCount={page.pageCount}
            params={{ status: search.status, region: search.region, overdue: search.overdue }}
          />
        </div>
      )}
    </>
  );
}
