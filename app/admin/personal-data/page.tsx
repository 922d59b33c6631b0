import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime, fromLocalInputValue } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { ACCESS_ACTION_NAMES, ACCESS_ACTIONS, type AccessAction } from "@/lib/personal-data/log-personal-data-access";
import { listPersonalDataAccess } from "@/lib/personal-data/list-personal-data-access";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Доступ к персональным данным" };

type Search = { page?: string; action?: string; subject?: string; user?: string; from?: string; to?: string };

const day = (value: string | undefined) =>
  value ? (fromLocalInputValue(`${value}T00:00`, "Europe/Moscow") ?? undefined) : undefined;

export default async function PersonalDataLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const to = day(search.to);
  const page = await guardPage(
    () =>
      listPersonalDataAccess(db, user, {
        page: pageFrom(search.page),
        action: search.action,
        subject: search.subject,
        user: search.user,
        from: day(search.from),
        to: to && new Date(to.getTime() + 86_400_000),
      }),
    "/admin/personal-data",
  );
  const { page: _page, ...filters } = search;
  return (
    <>
      <h1>Журнал доступа к персональным данным</h1>
      <form method="get" className="card mb-6 flex flex-wrap items-end gap-4" role="search">
        <div>
          <label htmlFor="subject" className="label">
            Участник (код или ФИО)
          </label>
          <input id="subject" name="subject" defaultValue={search.subject ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="user" className="label">
            Кто (e-mail)
          </label>
          <input id="user" name="user" defaultValue={search.user ?? ""} className="input" />
        </div>
        <FilterSelect
          id="action"
          name="action"
          label="Действие"
          value={search.action}
          allLabel="все"
          options={ACCESS_ACTIONS.map((a) => ({ value: a, label: ACCESS_ACTION_NAMES[a] }))}
        />
        <div>
          <label htmlFor="from" className="label">
            С даты
          </label>
          <input id="from" name="from" type="date" defaultValue={search.from ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="to" className="label">
            По дату
          </label>
          <input id="to" name="to" type="date" defaultValue={search.to ?? ""} className="input" />
        </div>
        <button className="btn">Показать</button>
      </form>
      {page.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Когда (МСК)</th>
                <th scope="col">Кто</th>
                <th scope="col">Действие</th>
                <th scope="col">Чьи данные</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap">{formatDateTime(e.at, "Europe/Moscow")}</td>
                  <td>{e.user ? `${e.user.fullName} (${e.user.email})` : "—"}</td>
                  <td>{ACCESS_ACTION_NAMES[e.action as AccessAction] ?? e.action}</td>
                  <td>
                    {e.subject ? (
                      <Link href={`/participants/${e.subject.id}`}>
                        {e.subject.fullName} ({e.subject.code})
                      </Link>
                    ) : (
                      `удалённая запись ${e.subjectId.slice(0, 10)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Записей нет.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={filters} />
    </>
  );
}
