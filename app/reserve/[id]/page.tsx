import Link from "next/link";
import type { ReserveStatus } from "@prisma/client";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getReserveDeficits } from "@/lib/reserve/competencies/get-reserve-deficits";
import { getReserve } from "@/lib/reserve/get-reserve";
import { NOMINATION_SOURCE_NAMES, RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import { RESERVE_STATUSES } from "@/lib/reserve/lifecycle";
import { nominateAction } from "../actions/candidates";
import { createCompetitionAction } from "../actions/competition";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Резерв" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; status?: string }> };

export default async function ReservePage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  const status = (RESERVE_STATUSES as readonly string[]).includes(search.status ?? "")
    ? (search.status as ReserveStatus)
    : undefined;
  const [data, deficits] = await guardPage(
    () => Promise.all([getReserve(db, user, id, { page: pageFrom(search.page), status }), getReserveDeficits(db, user, id)]),
    `/reserve/${id}`,
  );
  const r = data.reserve;
  return (
    <>
      <p className="mb-2">
        <Link href="/reserve">← Кадровый резерв</Link>
      </p>
      <h1>{r.targetPosition}</h1>
      <p className="mb-4">
        {r.region.name}
        {r.organization ? `, ${r.organization}` : ""}. В резерве: {data.members} из {r.capacity}. Срок пребывания: {r.termMonths}{" "}
        мес.
      </p>
      {r.regulation && (
        <details className="card mb-6">
          <summary>Положение о резерве</summary>
          <p className="whitespace-pre-line">{r.regulation}</p>
        </details>
      )}
      {data.expiring.length > 0 && (
        <section aria-labelledby="expiring" className="mb-6 rounded-md bg-bad-bg p-3">
          <h2 id="expiring">Истекает срок пребывания</h2>
          <ul>
            {data.expiring.map((c) => (
              <li key={c.id}>
                <Link href={`/reserve/candidates/${c.id}`}>{c.participant.fullName}</Link> — {c.expired ? "истёк" : "до"}{" "}
                {c.termEndsAt ? formatDate(c.termEndsAt, "UTC") : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="candidates" className="mb-8">
        <h2 id="candidates">Кандидаты и члены резерва</h2>
        <form method="get" className="mb-4 flex items-end gap-4" role="search">
          <FilterSelect
            id="status"
            name="status"
            label="Статус"
            value={status}
            allLabel="все"
            options={RESERVE_STATUSES.map((s) => ({ value: s, label: RESERVE_STATUS_NAMES[s] }))}
          />
          <button className="btn">Показать</button>
        </form>
        {data.candidates.items.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">ФИО</th>
                <th scope="col">Организация, должность</th>
                <th scope="col">Статус</th>
                <th scope="col">Выдвижение</th>
                <th scope="col">Срок до</th>
              </tr>
            </thead>
            <tbody>
              {data.candidates.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/reserve/candidates/${c.id}`}>{c.participant.fullName}</Link>
                  </td>
                  <td>{[c.participant.organization, c.participant.position].filter(Boolean).join(", ") || "—"}</td>
                  <td>{RESERVE_STATUS_NAMES[c.status]}</td>
                  <td>{NOMINATION_SOURCE_NAMES[c.source]}</td>
                  <td>{c.termEndsAt ? formatDate(c.termEndsAt, "UTC") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Кандидатов нет.</p>
        )}
        <Pagination page={data.candidates.page} pageCount={data.candidates.pageCount} params={{ status }} />
      </section>
      {data.canManage && (
        <section aria-labelledby="nominate" className="mb-8">
          <h2 id="nominate">Выдвинуть кандидата</h2>
          <ReserveForm
            schema="nominate"
            action={nominateAction}
            idPrefix="nominate"
            label="Выдвинуть кандидата"
            submit="Выдвинуть"
            hidden={["reserveId"]}
            defaults={{ reserveId: r.id, participantCode: "", source: "organizer", reason: "" }}
            fields={[
              { name: "participantCode", label: "Код участника", hint: "Код из реестра участников" },
              {
                name: "source",
                label: "Кто выдвинул",
                type: "select",
                options: Object.entries(NOMINATION_SOURCE_NAMES).map(([value, label]) => ({ value, label })),
              },
              { name: "reason", label: "Основание", type: "textarea" },
            ]}
          />
        </section>
      )}
      <section aria-labelledby="deficits" className="mb-8">
        <h2 id="deficits">Дефициты компетенций резерва</h2>
        {deficits.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Область</th>
                <th scope="col">Компетенция</th>
                <th scope="col">Оценено членов</th>
                <th scope="col">С дефицитом</th>
                <th scope="col">Средний уровень</th>
              </tr>
            </thead>
            <tbody>
              {deficits.map((d) => (
                <tr key={d.competencyId}>
                  <td>{d.area}</td>
                  <td>{d.name}</td>
                  <td>{d.assessed}</td>
                  <td>{d.withDeficit}</td>
                  <td>{d.mean ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Матрица компетенций ещё не заполнена.</p>
        )}
      </section>
      <section aria-labelledby="competitions">
        <h2 id="competitions">Конкурсы</h2>
        <ul className="mb-4">
          {r.competitions.map((c) => (
            <li key={c.id}>
              <Link href={`/reserve/competitions/${c.id}`}>{c.title}</Link> ({c.year}
              {c.closedAt ? ", завершён" : ""})
            </li>
          ))}
        </ul>
        {can(user, "competition.manage", { regionId: r.regionId }) && (
          <ReserveForm
            schema="competition"
            action={createCompetitionAction}
            idPrefix="competition"
            label="Новый конкурс"
            submit="Создать конкурс"
            hidden={["reserveId"]}
            defaults={{ reserveId: r.id, title: "Управленцы будущего", year: String(new Date().getFullYear()) }}
            fields={[
              { name: "title", label: "Название конкурса" },
              { name: "year", label: "Год", type: "number" },
            ]}
          />
        )}
      </section>
    </>
  );
}
