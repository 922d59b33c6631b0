import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { MergeForm } from "@/components/participants/merge-form";
import { ParticipantForm } from "@/components/participants/participant-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getParticipantCard } from "@/lib/participants/get-participant-card";
import { getProjectReference } from "@/lib/projects/current-project";
import { REGISTRATION_STATUS_NAMES } from "@/lib/registrations/labels";
import { anonymizeParticipantAction, mergeParticipantsAction, updateParticipantAction } from "./actions";

export const metadata = { title: "Карточка участника" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; rpage?: string; merged?: string }> };

export default async function ParticipantPage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  const card = await guardPage(
    () => getParticipantCard(db, user, id, { history: pageFrom(search.page), ratings: pageFrom(search.rpage) }),
    `/participants/${id}`,
  );
  const p = card.participant;
  const reference = card.canManage ? await getProjectReference(db, p.projectId) : null;
  const rows: [string, string | null][] = [
    ["Код", p.code],
    ["Категория", p.category.name],
    ["Регион", p.region.name],
    ["Организация", p.organization],
    ["Должность", p.position],
    ["E-mail", p.email],
    ["Телефон", p.phone],
    ["Учётная запись", p.user ? `${p.user.email}${p.user.active ? "" : " (отключена)"}` : null],
    [
      "Согласие на обработку ПДн",
      p.consentAt ? `${formatDate(p.consentAt, "Europe/Moscow")}, редакция ${p.consentVersion}` : null,
    ],
    ["Запрошено удаление данных", p.deletionRequestedAt ? formatDate(p.deletionRequestedAt, "Europe/Moscow") : null],
    ["Данные обезличены", p.anonymizedAt ? formatDate(p.anonymizedAt, "Europe/Moscow") : null],
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/participants">← Реестр участников</Link>
      </p>
      <h1>{p.fullName}</h1>
      {search.merged && (
        <p role="status" className="mb-4 rounded-md bg-ok-bg p-3 text-ok">
          Записи объединены
        </p>
      )}
      <dl className="card mb-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value || "—"}</dd>
          </div>
        ))}
      </dl>

      <p className="mb-6">
        <a href={`/participants/${p.id}/data.json`} download>
          Выгрузить данные участника (JSON)
        </a>
      </p>

      <section aria-labelledby="history-title" className="mb-8">
        <h2 id="history-title">История участия в мероприятиях</h2>
        {card.history.items.length ? (
          <div className="overflow-x-auto">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Мероприятие</th>
                  <th scope="col">Начало</th>
                  <th scope="col">Регион</th>
                  <th scope="col">Статус заявки</th>
                  <th scope="col">Присутствие</th>
                </tr>
              </thead>
              <tbody>
                {card.history.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/events/${r.event.id}`}>{r.event.title}</Link>
                    </td>
                    <td className="whitespace-nowrap">{formatDateTime(r.event.startsAt, r.event.region.timezone)}</td>
                    <td>{r.event.region.name}</td>
                    <td>{REGISTRATION_STATUS_NAMES[r.status]}</td>
                    <td>{r.attended ? "присутствовал(а)" : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Регистраций нет.</p>
        )}
        <Pagination page={card.history.page} pageCount={card.history.pageCount} params={{ rpage: search.rpage }} />
      </section>

      <section aria-labelledby="ratings-title" className="mb-8">
        <h2 id="ratings-title">Оценки мероприятий</h2>
        {card.ratings.items.length ? (
          <div className="overflow-x-auto">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Мероприятие</th>
                  <th scope="col">Оценка (1–5)</th>
                  <th scope="col">Комментарий</th>
                  <th scope="col">Когда (МСК)</th>
                </tr>
              </thead>
              <tbody>
                {card.ratings.items.map((f) => (
                  <tr key={f.id}>
                    <td>
                      <Link href={`/events/${f.event.id}`}>{f.event.title}</Link>
                    </td>
                    <td>{f.rating}</td>
                    <td>{f.comment ?? "—"}</td>
                    <td className="whitespace-nowrap">{formatDateTime(f.updatedAt, "Europe/Moscow")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Оценок нет.</p>
        )}
        <Pagination name="rpage" page={card.ratings.page} pageCount={card.ratings.pageCount} params={{ page: search.page }} />
      </section>

      {card.canManage && reference && !p.anonymizedAt && (
        <>
          <h2>Изменить карточку</h2>
          <ParticipantForm
            action={updateParticipantAction}
            categories={reference.categories}
            regions={reference.regions}
            defaults={{
              id: p.id,
              fullName: p.fullName,
              email: p.email ?? "",
              phone: p.phone ?? "",
              organization: p.organization ?? "",
              position: p.position ?? "",
              categoryId: p.categoryId,
              regionId: p.regionId,
            }}
          />
          <h2>Объединить с дублем</h2>
          <MergeForm id={p.id} code={p.code} action={mergeParticipantsAction} />
        </>
      )}
      {card.canAnonymize && !p.anonymizedAt && (
        <section aria-labelledby="anonymize-title" className="card max-w-2xl">
          <h2 id="anonymize-title">Обезличить данные (152-ФЗ)</h2>
          <p className="mb-2">
            ФИО, e-mail, телефон, организация и должность будут стёрты, учётная запись отвязана и отключена. Регистрации,
            присутствие и оценки сохранятся, показатели проекта не изменятся. Отменить нельзя.
          </p>
          <ActionButton action={anonymizeParticipantAction} fields={{ id: p.id }} label="Обезличить" />
        </section>
      )}
    </>
  );
}
