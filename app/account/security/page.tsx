import { redirect } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DisableSecondFactorForm } from "@/components/account/disable-second-factor-form";
import { TotpConfirmForm } from "@/components/account/totp-confirm-form";
import { Pagination } from "@/components/ui/pagination";
import { getAccountSecurity } from "@/lib/auth/get-account-security";
import { getSessionUser } from "@/lib/auth/session";
import { sessionTimeouts } from "@/lib/auth/sessions/session-timeouts";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { pageFrom } from "@/lib/infra/pagination";
import { endOwnSessionAction, startTotpEnrolmentAction } from "./actions";

export const metadata = { title: "Безопасность входа" };

const TZ = "Europe/Moscow";

export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=%2Faccount%2Fsecurity");
  const page = pageFrom((await searchParams).page);
  const info = await getAccountSecurity(db, user, page);
  // the secret in groups of four, for typing it into an app by hand
  const timeouts = sessionTimeouts();
  const secretGroups = info.enrolling?.secret.match(/.{1,4}/g)?.join(" ");
  return (
    <>
      <h1>Безопасность входа</h1>
      {user.secondFactorMissing && (
        <p role="alert" className="mb-4 rounded-md bg-warn-bg p-3 text-warn">
          Для сотрудников портала второй фактор входа обязателен. Подключите его, чтобы продолжить работу.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="second-factor">
          <h2 id="second-factor" className="mt-0">
            Второй фактор входа
          </h2>
          {info.secondFactorEnabledAt ? (
            <>
              <p>
                Подключён {formatDateTime(info.secondFactorEnabledAt, TZ)}. При входе после пароля портал спросит код из
                приложения-аутентификатора.
              </p>
              <p>
                Неиспользованных резервных кодов: <strong>{info.recoveryCodesLeft}</strong>
                {info.recoveryCodesLeft < 3 && " — их мало: отключите и подключите второй фактор заново, чтобы получить новые."}
              </p>
              {info.required ? (
                <p className="text-ink-muted">
                  Для вашей роли второй фактор обязателен. Если телефон потерян, обратитесь к администратору.
                </p>
              ) : (
                <DisableSecondFactorForm />
              )}
            </>
          ) : info.enrolling ? (
            <>
              <ol className="mb-4 list-decimal pl-6">
                <li>Установите приложение-аутентификатор (Яндекс Ключ, Google Authenticator, FreeOTP или другое).</li>
                <li>Отсканируйте QR-код или введите ключ вручную.</li>
                <li>Введите шесть цифр, которые покажет приложение.</li>
              </ol>
              <div
                className="mb-3 w-48 bg-white"
                role="img"
                aria-label="QR-код для приложения-аутентификатора"
                dangerouslySetInnerHTML={{ __html: info.enrolling.qrSvg }}
              />
              <p>
                Ключ для ручного ввода: <code data-testid="totp-secret">{secretGroups}</code>
              </p>
              <TotpConfirmForm />
            </>
          ) : (
            <>
              <p>
                Второй фактор не подключён. С ним для входа нужен не только пароль, но и код из приложения на вашем телефоне
                {info.required ? " — для вашей роли это обязательно." : "."}
              </p>
              <ActionButton action={startTotpEnrolmentAction} fields={{}} label="Подключить второй фактор" />
            </>
          )}
        </section>
        <ChangePasswordForm />
      </div>
      <section aria-labelledby="sessions" className="mt-6">
        <h2 id="sessions">Активные сеансы</h2>
        <p className="text-ink-muted">
          Сеанс завершается после {Math.round(timeouts.idleMs / 60_000)} мин бездействия и не позже чем через{" "}
          {Math.round(timeouts.absoluteMs / 3_600_000)} ч после входа.
        </p>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Вход (МСК)</th>
                <th scope="col">Последняя активность</th>
                <th scope="col">Адрес</th>
                <th scope="col">Браузер</th>
                <th scope="col">
                  <span className="sr-only">Действие</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {info.sessions.items.map((s) => (
                <tr key={s.id}>
                  <td className="whitespace-nowrap">{formatDateTime(s.createdAt, TZ)}</td>
                  <td className="whitespace-nowrap">{formatDateTime(s.lastSeenAt, TZ)}</td>
                  <td>{s.ip ?? "—"}</td>
                  <td className="max-w-xs truncate" title={s.userAgent ?? ""}>
                    {s.userAgent ?? "—"}
                  </td>
                  <td>
                    {s.current ? (
                      <strong>этот сеанс</strong>
                    ) : (
                      <ActionButton
                        action={endOwnSessionAction}
                        fields={{ sessionId: s.id }}
                        label="Завершить"
                        ariaLabel={`Завершить сеанс от ${formatDateTime(s.createdAt, TZ)}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination page={info.sessions.page} pageCount={info.sessions.pageCount} params={{}} />
        {info.sessions.total > 1 && (
          <ActionButton action={endOwnSessionAction} fields={{ sessionId: "others" }} label="Завершить все другие сеансы" />
        )}
      </section>
    </>
  );
}
