import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { resetSecondFactorAction, revokeSessionsAction } from "@/app/admin/security/actions";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { UserForm } from "@/components/users/user-form";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getUser, listRegions } from "@/lib/users/get-user";
import { updateUserAction } from "../actions";

export const metadata = { title: "Пользователь" };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const actor = await getSessionUser();
  const user = await guardPage(() => getUser(db, actor, id), `/admin/users/${id}`);
  const regions = await listRegions(db);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users">← Все пользователи</Link>
      </p>
      <h1>{user.fullName}</h1>
      {created && (
        <p role="status" className="mb-4 rounded-md bg-ok-bg p-3 text-ok">
          Пользователь создан
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <UserForm
          mode="edit"
          action={updateUserAction}
          regions={regions}
          defaults={{
            id: user.id,
            fullName: user.fullName,
            email: user.email,
            role: user.role,
            regionIds: user.regions.map((r) => r.regionId),
            active: user.active,
          }}
        />
        <div>
          <ResetPasswordForm userId={user.id} />
          <section className="card mt-4" aria-labelledby="user-security">
            <h2 id="user-security" className="mt-0">
              Вход и сеансы
            </h2>
            <p>
              Второй фактор:{" "}
              {user.totpEnabledAt ? `подключён ${formatDateTime(user.totpEnabledAt, "Europe/Moscow")}` : "не подключён"}
              <br />
              Открытых сеансов: {user.openSessions}
              <br />
              Последний вход: {user.lastSignInAt ? formatDateTime(user.lastSignInAt, "Europe/Moscow") : "не входил(а)"}
            </p>
            <div className="flex flex-wrap gap-3">
              {user.totpEnabledAt && (
                <ActionButton action={resetSecondFactorAction} fields={{ id: user.id }} label="Сбросить второй фактор" />
              )}
              <ActionButton action={revokeSessionsAction} fields={{ id: user.id }} label="Завершить все сеансы" />
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
