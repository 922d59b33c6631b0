import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { listUsers } from "@/lib/users/list-users";

export const metadata = { title: "Пользователи" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const user = await getSessionUser();
  const page = await guardPage(() => listUsers(db, user, { page: pageFrom(params.page), q: params.q }), "/admin/users");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="mb-0">{t("nav.users")}</h1>
        <Link href="/admin/users/new" className="btn">
          Новый пользователь
        </Link>
      </div>
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="label">
            ФИО или e-mail
          </label>
          <input id="q" name="q" defaultValue={params.q} className="input" />
        </div>
        <button className="btn-secondary">{t("common.search")}</button>
      </form>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">ФИО</th>
              <th scope="col">E-mail</th>
              <th scope="col">Роль</th>
              <th scope="col">Регионы</th>
              <th scope="col">Статус</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/admin/users/${u.id}`}>{u.fullName}</Link>
                </td>
                <td>{u.email}</td>
                <td>{t(`roles.${u.role}`)}</td>
                <td>{u.regions.map((r) => r.region.code).join(", ") || "—"}</td>
                <td>{u.active ? "Активен" : "Отключён"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page.page} pageCount={page.pageCount} params={{ q: params.q }} />
    </>
  );
}
