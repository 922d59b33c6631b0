import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { listAudit } from "@/lib/audit/list-audit";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";

export const metadata = { title: "Журнал изменений" };

const ACTIONS: Record<string, string> = { create: "Создание", update: "Изменение", delete: "Удаление", import: "Импорт" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string; entity?: string }> }) {
  const params = await searchParams;
  const user = await getSessionUser();
  const page = await guardPage(() => listAudit(db, user, { page: pageFrom(params.page), entity: params.entity }), "/admin/audit");
  return (
    <>
      <h1>Журнал изменений</h1>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Когда (МСК)</th>
              <th scope="col">Кто</th>
              <th scope="col">Действие</th>
              <th scope="col">Запись</th>
              <th scope="col">Было → стало</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((e) => (
              <tr key={e.id.toString()}>
                <td className="whitespace-nowrap">{formatDateTime(e.at, "Europe/Moscow")}</td>
                <td>{e.user?.fullName ?? "система"}</td>
                <td>{ACTIONS[e.action] ?? e.action}</td>
                <td>
                  {e.entity} {e.entityId.slice(0, 10)}
                </td>
                <td className="max-w-md break-words font-mono text-xs">
                  {e.before ? JSON.stringify(e.before).slice(0, 300) : "—"} →{" "}
                  {e.after ? JSON.stringify(e.after).slice(0, 300) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page.page} pageCount={page.pageCount} params={{ entity: params.entity }} />
    </>
  );
}
