import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { mailConfigured } from "@/lib/notifications/deliver-outbox";
import { listOutbox, outboxStateFrom, type OutboxState } from "@/lib/notifications/list-outbox";
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "@/lib/notifications/messages";
import { pageFrom } from "@/lib/infra/pagination";

export const metadata = { title: "Исходящие письма" };

const STATES: { value?: OutboxState; label: string }[] = [
  { label: "Все" },
  { value: "pending", label: "Не отправлены" },
  { value: "sent", label: "Отправлены" },
  { value: "failed", label: "С ошибкой" },
];

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string; state?: string }> }) {
  const params = await searchParams;
  const state = outboxStateFrom(params.state);
  const user = await getSessionUser();
  const page = await guardPage(() => listOutbox(db, user, { page: pageFrom(params.page), state }), "/admin/outbox");
  return (
    <>
      <h1>Исходящие письма</h1>
      <p>
        {mailConfigured()
          ? "Письма отправляются через SMTP (SMTP_URL). Здесь видны все письма и ошибки отправки."
          : "SMTP не настроен (переменная SMTP_URL не задана): письма не отправляются и остаются здесь — это страница для разработки и проверки текстов."}
      </p>
      <nav aria-label="Фильтр писем" className="my-4 flex flex-wrap gap-4">
        {STATES.map((s) =>
          s.value === state ? (
            <span key={s.label} aria-current="page" className="font-semibold">
              {s.label}
            </span>
          ) : (
            <Link key={s.label} href={s.value ? `?state=${s.value}` : "?"}>
              {s.label}
            </Link>
          ),
        )}
      </nav>
      <p>Всего писем: {page.total}</p>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Создано (МСК)</th>
              <th scope="col">Кому</th>
              <th scope="col">Вид</th>
              <th scope="col">Тема и текст</th>
              <th scope="col">Отправка</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((m) => (
              <tr key={m.id}>
                <td className="whitespace-nowrap">{formatDateTime(m.createdAt, "Europe/Moscow")}</td>
                <td className="break-all">{m.to}</td>
                <td>{NOTIFICATION_KIND_LABELS[m.kind as NotificationKind] ?? m.kind}</td>
                <td className="max-w-xl">
                  <details>
                    <summary>{m.subject}</summary>
                    <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{m.body}</pre>
                  </details>
                </td>
                <td>
                  {m.sentAt ? (
                    <span className="whitespace-nowrap">Отправлено {formatDateTime(m.sentAt, "Europe/Moscow")}</span>
                  ) : m.lastError ? (
                    <span>
                      Ошибка (попыток: {m.attempts}): <span className="break-words">{m.lastError}</span>
                    </span>
                  ) : (
                    "Не отправлено"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.items.length === 0 && <p>Писем нет.</p>}
      <Pagination page={page.page} pageCount={page.pageCount} params={{ state }} />
    </>
  );
}
