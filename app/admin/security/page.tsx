import { FilterSelect } from "@/components/forms/filter-select";
import { SecurityPolicyForm } from "@/components/account/security-forms";
import { Pagination } from "@/components/ui/pagination";
import { getSecurityPolicy } from "@/lib/auth/get-security-policy";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { listSecurityEvents } from "@/lib/security-log/list-security-events";
import { securityLogFilterSchema } from "@/lib/security-log/schemas";
import { SECURITY_EVENT_KINDS, SECURITY_EVENT_KIND_LIST } from "@/lib/security-log/security-event-kinds";

export const metadata = { title: "Безопасность: политика и журнал" };

const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 19);

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filter = securityLogFilterSchema.parse(await searchParams);
  const user = await getSessionUser();
  const [policy, page] = await guardPage(
    () => Promise.all([getSecurityPolicy(db, user), listSecurityEvents(db, user, filter)]),
    "/admin/security",
  );
  return (
    <>
      <h1>Безопасность</h1>
      <section aria-labelledby="policy" className="max-w-xl">
        <h2 id="policy">Политика входа</h2>
        <SecurityPolicyForm requireTotpForStaff={policy.requireTotpForStaff} />
      </section>
      <section aria-labelledby="log">
        <h2 id="log">Журнал безопасности</h2>
        <form method="get" className="card mb-6 flex flex-wrap items-end gap-4" role="search">
          <FilterSelect
            id="kind"
            name="kind"
            label="Событие"
            value={filter.kind}
            allLabel="все"
            options={SECURITY_EVENT_KIND_LIST.map((k) => ({ value: k, label: SECURITY_EVENT_KINDS[k] }))}
          />
          <div>
            <label htmlFor="who" className="label">
              E-mail, ФИО или IP-адрес
            </label>
            <input id="who" name="who" defaultValue={filter.who ?? ""} className="input" />
          </div>
          <div>
            <label htmlFor="from" className="label">
              С (UTC)
            </label>
            <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className="input" />
          </div>
          <div>
            <label htmlFor="to" className="label">
              По (UTC)
            </label>
            <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} className="input" />
          </div>
          <button className="btn">Показать</button>
        </form>
        <p className="text-ink-muted">Найдено записей: {page.total}</p>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Когда (UTC)</th>
                <th scope="col">Событие</th>
                <th scope="col">Кто</th>
                <th scope="col">Откуда</th>
                <th scope="col">Подробности</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id.toString()}>
                  <td className="whitespace-nowrap">{utc(e.at)}</td>
                  <td>{SECURITY_EVENT_KINDS[e.kind as keyof typeof SECURITY_EVENT_KINDS] ?? e.kind}</td>
                  <td>{e.user ? `${e.user.fullName} (${e.user.email})` : (e.email ?? "—")}</td>
                  <td className="max-w-xs break-words text-sm">
                    {e.ip ?? "—"}
                    {e.userAgent && <span className="block text-ink-muted">{e.userAgent.slice(0, 80)}</span>}
                  </td>
                  <td className="max-w-md break-words font-mono text-xs">
                    {e.details ? JSON.stringify(e.details).slice(0, 300) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          params={{ kind: filter.kind, who: filter.who, from: filter.from, to: filter.to }}
        />
      </section>
    </>
  );
}
