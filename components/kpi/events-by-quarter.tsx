import type { EventsByQuarter } from "@/lib/kpi/get-events-by-quarter";
import { heldEventsHref } from "@/lib/kpi/held-events-href";
import { LazyEventsByQuarterChart } from "./charts/lazy-charts";
import { ruNumber } from "./charts/chart-palette";
import { ROMAN_QUARTERS } from "@/lib/infra/time/period-label";
import { RegionPageNav, regionPage, type RegionPaging } from "./region-paging";

// «на 1 регион, на 3 региона, на 5 регионов»
const REGION_FORMS: Record<string, string> = { one: "регион", few: "региона", many: "регионов" };

/**
 * Chart (a) with its table: regions × quarters of the year, every number a link to its held events (plain
 * links: regions × 5 next/link client components would weigh down the page; see KpiRegionTable). With
 * `paging`, the chart and the table show one page of regions; the quarters' totals are the whole project's.
 */
export function EventsByQuarterSection({
  data,
  projectCode,
  paging,
}: {
  data: EventsByQuarter;
  projectCode: string;
  paging?: RegionPaging;
}) {
  const { year, quarters, targetPerRegionQuarter: target } = data;
  const page = regionPage(data.regions, paging);
  const regions = page.items;
  const label = (q: number) => `${ROMAN_QUARTERS[q - 1]} кв.`;
  const rows = quarters.map((q) => ({
    label: label(q.quarter),
    ...Object.fromEntries(regions.map((r) => [r.code, q.byRegion[r.code]])),
  }));
  const yearRange = { from: quarters[0].from, to: quarters[3].to };
  const yearTotal = quarters.reduce((s, q) => s + q.total, 0);
  const summary =
    `Проведено мероприятий по кварталам ${year} года: ` +
    quarters.map((q) => `${label(q.quarter)} — ${q.total}`).join(", ") +
    `. Цель на регион в квартал — ${ruNumber(target)}. Числа по регионам — в таблице ниже.`;
  return (
    <section aria-labelledby="events-by-quarter" className="card min-w-0">
      <h3 id="events-by-quarter" className="mb-2 text-lg font-semibold">
        Проведённые мероприятия по кварталам {year} года
      </h3>
      <figure>
        <LazyEventsByQuarterChart rows={rows} regions={regions} target={target} summary={summary} />
        <figcaption className="mt-2 text-sm text-ink-muted">
          Столбцы — мероприятия со статусом «проведено» по региону проведения; пунктир — цель на регион в квартал{" "}
          {ruNumber(target)}: годовая цель проекта {data.annualTarget}, поровну на 4 квартала и {data.projectRegionCount}{" "}
          {REGION_FORMS[new Intl.PluralRules("ru").select(data.projectRegionCount)] ?? "региона"}.
        </figcaption>
      </figure>
      <div className="relative mt-4 overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Проведено мероприятий по регионам и кварталам {year} года</caption>
          <thead>
            <tr>
              <th scope="col">Регион</th>
              {quarters.map((q) => (
                <th key={q.quarter} scope="col" className="whitespace-nowrap text-right">
                  {label(q.quarter)}
                </th>
              ))}
              <th scope="col" className="whitespace-nowrap text-right">
                За год
              </th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.name}</th>
                {quarters.map((q) => {
                  const n = q.byRegion[r.code];
                  return (
                    <td key={q.quarter} className="text-right whitespace-nowrap">
                      <a href={heldEventsHref(projectCode, q, { regionId: r.id })}>{n}</a>
                      {n < target && (
                        <span aria-hidden title="ниже цели" className="ml-1 text-bad">
                          ▼
                        </span>
                      )}
                      {n < target && <span className="sr-only"> (ниже цели)</span>}
                    </td>
                  );
                })}
                <td className="text-right">
                  <a href={heldEventsHref(projectCode, yearRange, { regionId: r.id })}>
                    {quarters.reduce((s, q) => s + q.byRegion[r.code], 0)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Всего</th>
              {quarters.map((q) => (
                <td key={q.quarter} className="text-right font-semibold">
                  <a href={heldEventsHref(projectCode, q)}>{q.total}</a>
                </td>
              ))}
              <td className="text-right font-semibold">
                <a href={heldEventsHref(projectCode, yearRange)}>{yearTotal}</a>
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="mt-1 text-sm text-ink-muted">▼ — ниже цели на регион в квартал.</p>
        <RegionPageNav page={page} paging={paging} label="Мероприятия по регионам и кварталам" />
      </div>
    </section>
  );
}
