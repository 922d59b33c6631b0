import { ActionButton } from "@/components/forms/action-button";
import { RatingTrendChart } from "@/components/rating/rating-trend-chart";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { localMonth } from "@/lib/infra/time/period-bounds";
import { getCurrentProject } from "@/lib/projects/current-project";
import { getMonthlyRating } from "@/lib/rating/get-monthly-rating";
import { getRatingTrend } from "@/lib/rating/get-rating-trend";
import { listRatingSnapshots } from "@/lib/rating/list-rating-snapshots";
import { days, percent } from "@/lib/rating/rating-figures";
import { dayMonthYear } from "@/lib/infra/time/day-month-year";
import { monthLabel, MONTHS_NOMINATIVE } from "@/lib/infra/time/month-names";
import { RATING_METHOD } from "@/lib/rating/rating-method";
import { MONTH_PATTERN } from "@/lib/rating/schemas";
import { takeSnapshotAction } from "./actions";

export const metadata = { title: "Рейтинг эффективности регионального управления" };

export default async function RatingPage({ searchParams }: { searchParams: Promise<{ month?: string; snapshots?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const zone = project.timezone;
  const current = localMonth(new Date(), zone);
  const m = MONTH_PATTERN.exec(search.month ?? "");
  const year = m ? Number(m[1]) : current.year;
  const month = m ? Number(m[2]) : current.month;
  const { rating, trend, snapshots } = await guardPage(async () => {
    const [rating, trend, snapshots] = await Promise.all([
      getMonthlyRating(db, user, { projectId: project.id, year, month }),
      getRatingTrend(db, user, { projectId: project.id, year }),
      listRatingSnapshots(db, user, { projectId: project.id, page: pageFrom(search.snapshots) }),
    ]);
    return { rating, trend, snapshots };
  }, "/rating");
  const monthValue = `${year}-${String(month).padStart(2, "0")}`;
  const taken = snapshots.items.find((s) => s.month.toISOString().slice(0, 7) === monthValue);
  const chartRows = trend.months.map((x) => ({
    label: MONTHS_NOMINATIVE[Number(x.month.slice(5)) - 1].slice(0, 3),
    ...x.shares,
  }));
  return (
    <>
      <h1>Рейтинг эффективности регионального управления</h1>
      <p className="mb-4">
        {project.name}. Рейтинг строится по исполнению протокольных поручений; месяц — по часовому поясу проекта ({zone}).
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Месяц рейтинга">
        <div>
          <label htmlFor="month" className="label">
            Месяц
          </label>
          <input id="month" name="month" type="month" defaultValue={monthValue} className="input" />
        </div>
        <button className="btn">Показать</button>
      </form>
      <h2>
        {monthLabel(year, month)}: поручения со сроком с {dayMonthYear(rating.from)} по {dayMonthYear(rating.to)}
      </h2>
      <p className="mb-2 text-sm text-ink-muted">
        {rating.closed ? "Месяц закончился" : "Месяц ещё идёт"}; расчёт на {formatDateTime(new Date(rating.asOf), zone)}.
        {taken && " Зафиксированный срез за этот месяц — ниже: он не меняется."}
      </p>
      <div className="mb-6 overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Рейтинг регионов за {monthLabel(year, month)}</caption>
          <thead>
            <tr>
              <th scope="col">Место</th>
              <th scope="col">Регион</th>
              <th scope="col">В срок</th>
              <th scope="col">С опозданием</th>
              <th scope="col">Не исполнено</th>
              <th scope="col">Доля в срок</th>
              <th scope="col">Средняя задержка, сут.</th>
              <th scope="col">Срок не наступил</th>
            </tr>
          </thead>
          <tbody>
            {rating.rows.map((r) => (
              <tr key={r.regionId}>
                <td>{r.place ?? "—"}</td>
                <th scope="row" className="text-left font-normal">
                  {r.regionName}
                </th>
                <td>{r.onTime}</td>
                <td>{r.late}</td>
                <td>{r.missing}</td>
                <td>{percent(r.sharePercent)}</td>
                <td>{days(r.averageDelayDays)}</td>
                <td>{r.pending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="mb-6" aria-labelledby="trend">
        <h2 id="trend">Динамика доли исполнения в срок, {year}</h2>
        <RatingTrendChart
          regions={trend.regions}
          rows={chartRows}
          summary={`Доля поручений, исполненных в срок, по месяцам ${year} года для каждого региона; значения — в таблице ниже`}
        />
        <div className="overflow-x-auto">
          <table className="table mt-2 text-sm">
            <caption className="sr-only">Доля исполнения в срок по месяцам</caption>
            <thead>
              <tr>
                <th scope="col">Регион</th>
                {trend.months.map((x) => (
                  <th key={x.month} scope="col">
                    {MONTHS_NOMINATIVE[Number(x.month.slice(5)) - 1].slice(0, 3)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.regions.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="text-left font-normal">
                    {r.name}
                  </th>
                  {trend.months.map((x) => (
                    <td key={x.month}>{percent(x.shares[r.id] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="mb-6" aria-labelledby="snapshots">
        <h2 id="snapshots">Ежемесячные срезы для региональных министров</h2>
        <p className="mb-2">
          Срез фиксирует рейтинг закончившегося месяца в момент фиксации; письма и файлы строятся из него, поэтому поздние отчёты
          и правки поручений не переписывают отправленный месяц.
        </p>
        {can(user, "rating.snapshot") && !taken && rating.closed && (
          <div className="mb-3">
            <ActionButton
              action={takeSnapshotAction}
              fields={{ projectId: project.id, month: monthValue }}
              label={`Зафиксировать срез за ${monthLabel(year, month)}`}
            />
          </div>
        )}
        {snapshots.items.length === 0 ? (
          <p>Срезов пока нет.</p>
        ) : (
          <ul className="grid gap-1">
            {snapshots.items.map((s) => {
              const [y, mo] = s.month.toISOString().slice(0, 7).split("-").map(Number);
              return (
                <li key={s.id}>
                  {monthLabel(y, mo)} — зафиксирован {formatDateTime(s.takenAt, zone)}
                  {s.takenBy && `, ${s.takenBy.fullName}`}:{" "}
                  <a href={`/rating/snapshots/${s.id}/digest.pdf`} download>
                    PDF
                  </a>{" "}
                  ·{" "}
                  <a href={`/rating/snapshots/${s.id}/digest.xlsx`} download>
                    XLSX
                  </a>
                </li>
              );
            })}
          </ul>
        )}
        <Pagination page={snapshots.page} pageCount={snapshots.pageCount} params={{ month: search.month }} name="snapshots" />
      </section>

      <section aria-labelledby="method" className="card max-w-4xl">
        <h2 id="method">Методика расчёта</h2>
        <ol className="list-decimal pl-5">
          {RATING_METHOD.map((line) => (
            <li key={line} className="mb-1">
              {line}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
