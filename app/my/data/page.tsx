import { ActionButton } from "@/components/forms/action-button";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { CONSENT_TEXT } from "@/lib/personal-data/consent";
import { getMyDataStatus } from "@/lib/personal-data/get-my-data-status";
import { requestDeletionAction } from "./actions";

export const metadata = { title: "Мои данные" };

export default async function MyDataPage() {
  const user = await getSessionUser();
  const { records } = await guardPage(() => getMyDataStatus(db, user), "/my/data");
  const requested = records.length > 0 && records.every((r) => r.deletionRequestedAt);
  return (
    <>
      <h1>Мои персональные данные</h1>
      <section aria-labelledby="download-title" className="card mb-6 max-w-3xl">
        <h2 id="download-title">Выгрузить свои данные</h2>
        <p className="mb-2">Профиль участника, регистрации на мероприятия и присутствие, ваши оценки и ответы на анкеты.</p>
        <p className="flex gap-4">
          <a href="/my/data.json" download>
            Скачать JSON
          </a>
          <a href="/my/data.xlsx" download>
            Скачать XLSX
          </a>
        </p>
      </section>
      <section aria-labelledby="consent-title" className="card mb-6 max-w-3xl">
        <h2 id="consent-title">Согласие на обработку персональных данных</h2>
        {records.length ? (
          <ul className="mb-2 list-disc pl-5">
            {records.map((r) => (
              <li key={r.id}>
                {r.project.name}:{" "}
                {r.consentAt ? `дано ${formatDate(r.consentAt, "Europe/Moscow")}, редакция ${r.consentVersion}` : "сведений нет"}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-2">У вас нет анкеты участника.</p>
        )}
        <p className="text-sm text-ink-muted">{CONSENT_TEXT}</p>
      </section>
      {records.length > 0 && (
        <section aria-labelledby="delete-title" className="card max-w-3xl">
          <h2 id="delete-title">Удаление данных</h2>
          {requested ? (
            <p role="status">
              Запрос на удаление отправлен {formatDate(records[0].deletionRequestedAt!, "Europe/Moscow")}. Администратор обезличит
              ваши данные; оценки и факты участия останутся в статистике проекта без вашего имени.
            </p>
          ) : (
            <>
              <p className="mb-2">
                Администратор обезличит ваши данные: ФИО, контакты, место работы будут стёрты, учётная запись отключена. Оценки и
                факты участия останутся в статистике проекта без вашего имени.
              </p>
              <ActionButton action={requestDeletionAction} fields={{}} label="Запросить удаление данных" />
            </>
          )}
        </section>
      )}
    </>
  );
}
