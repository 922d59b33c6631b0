import type { SatisfactionTrend } from "@/lib/kpi/get-satisfaction-trend";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import { LazySatisfactionTrendChart } from "./charts/lazy-charts";
import { ruNumber } from "./charts/chart-palette";
import { ROMAN_QUARTERS } from "@/lib/infra/time/period-label";

/** Chart (b) with its table: each quarter's satisfactionAvg from that quarter's KPI report. */
export function SatisfactionTrendSection({ data }: { data: SatisfactionTrend }) {
  const label = (q: number) => `${ROMAN_QUARTERS[q - 1]} кв.`;
  const rows = data.quarters.map((q) => ({ label: label(q.quarter), value: q.value }));
  const shown = (v: number | null) => (v === null ? "нет оценок" : ruNumber(v));
  const summary =
    `Средняя удовлетворённость по кварталам ${data.year} года: ` +
    data.quarters.map((q) => `${label(q.quarter)} — ${shown(q.value)}`).join(", ") +
    `. Цель — ${ruNumber(data.target)}.`;
  return (
    <section aria-labelledby="satisfaction-trend" className="card min-w-0">
      <h3 id="satisfaction-trend" className="mb-2 text-lg font-semibold">
        Удовлетворённость участников по кварталам {data.year} года
      </h3>
      <figure>
        <LazySatisfactionTrendChart rows={rows} target={data.target} summary={summary} />
        <figcaption className="mt-2 text-sm text-ink-muted">
          Линия — средняя оценка (1–5) участников, посетивших проведённые мероприятия квартала, каждый ответ с одинаковым весом;
          пунктир — цель {ruNumber(data.target)}. Квартал без ответов — разрыв линии.
        </figcaption>
      </figure>
      <div className="relative mt-4 overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Средняя удовлетворённость по кварталам {data.year} года</caption>
          <thead>
            <tr>
              <th scope="col">Квартал</th>
              <th scope="col" className="text-right">
                Средняя оценка
              </th>
              <th scope="col" className="text-right">
                Ответов
              </th>
              <th scope="col">Цель {ruNumber(data.target)}</th>
            </tr>
          </thead>
          <tbody>
            {data.quarters.map((q) => {
              const href = kpiDetailsHref({ year: data.year, quarter: q.quarter, cumulative: false }, { indicator: "feedback" });
              return (
                <tr key={q.quarter}>
                  <th scope="row">{label(q.quarter)}</th>
                  <td className="text-right">{q.value === null ? "нет оценок" : <a href={href}>{shown(q.value)}</a>}</td>
                  <td className="text-right">
                    <a href={href}>{q.responses}</a>
                  </td>
                  <td className={q.met ? "text-ok" : "text-bad"}>{q.met ? "✓ достигнута" : "✗ не достигнута"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
