import type { DashboardPeriod } from "@/lib/infra/time/dashboard-period";
import type { ExchangeMatrix } from "@/lib/kpi/get-exchange-matrix";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import { ExchangeByRegion } from "./exchange-by-region";
import type { RegionPaging } from "./region-paging";

// Heat-map shade: brand blue at most 45 % over white, so dark text keeps ≥ 4.5:1 contrast in every cell;
// the number itself is always printed, the shade only helps the eye find the large ones.
const shade = (n: number, max: number) =>
  n > 0 && max > 0 ? `rgba(29, 78, 216, ${(0.06 + 0.39 * (n / max)).toFixed(3)})` : undefined;

/** Up to this many regions the dashboard shows the whole matrix; beyond it the matrix has its own page. */
export const FULL_MATRIX_MAX_REGIONS = 12;

/**
 * Chart (d): attended registrations of held events in the period, by where participants come from (rows)
 * and where the event was held (columns). Every number links to the registrations behind it. With many
 * regions (89 × 89 cells would be megabytes of page) the dashboard shows each region's exchange and the
 * largest flows, and links to the whole matrix on its own page.
 */
export function ExchangeMatrixSection({
  matrix,
  period,
  fullMatrixHref,
  paging,
}: {
  matrix: ExchangeMatrix;
  period: DashboardPeriod;
  fullMatrixHref: string;
  /** the per-region view's page of regions (the whole matrix, up to 12 regions, is never paged) */
  paging?: RegionPaging;
}) {
  const compact = matrix.total > 0 && matrix.regions.length > FULL_MATRIX_MAX_REGIONS;
  return (
    <section aria-labelledby="exchange-matrix" className="card min-w-0">
      <h2 id="exchange-matrix">Межрегиональный обмен</h2>
      {compact ? (
        <>
          <ExchangeByRegion matrix={matrix} period={period} paging={paging} />
          <p className="mt-3">
            <a href={fullMatrixHref}>
              Полная матрица обмена ({matrix.regions.length} × {matrix.regions.length} регионов)
            </a>
          </p>
        </>
      ) : (
        <WholeExchangeMatrix matrix={matrix} period={period} />
      )}
    </section>
  );
}

/** The whole matrix with its legend, or the period's empty message: the small dashboard's and /dashboard/exchange. */
export function WholeExchangeMatrix({ matrix, period }: { matrix: ExchangeMatrix; period: DashboardPeriod }) {
  if (matrix.total === 0) return <p>В периоде нет отметок о посещении проведённых мероприятий.</p>;
  return (
    <>
      <ExchangeMatrixLegend />
      <ExchangeMatrixTable matrix={matrix} period={period} />
    </>
  );
}

function ExchangeMatrixLegend() {
  return (
    <p className="mb-3 text-sm text-ink-muted">
      Посещения проведённых мероприятий периода: строка — регион участника, столбец — регион мероприятия. На диагонали (в рамке) —
      участники в своём регионе, вне её — обмен между регионами. Чем больше число, тем темнее ячейка.
    </p>
  );
}

/**
 * The whole matrix. Plain links, not next/link: thousands of cells would each be a client component in
 * the page's payload, and a drill-down list is a page of its own anyway.
 */
function ExchangeMatrixTable({ matrix, period }: { matrix: ExchangeMatrix; period: DashboardPeriod }) {
  const { regions, cells, rowTotals, columnTotals, total, max } = matrix;
  const hosts = regions.filter((r) => r.inProject || columnTotals[r.code] > 0);
  const href = (filter: { home?: string; host?: string }) => kpiDetailsHref(period, { indicator: "attendance", ...filter });
  const cellLink = "text-ink"; // brand-blue links would lose contrast on the darker shades
  return (
    <div className="relative overflow-x-auto">
      <table className="table w-auto">
        <caption className="sr-only">Посещения по региону участника (строки) и региону мероприятия (столбцы)</caption>
        <thead>
          <tr>
            <th scope="col" className="text-xs font-medium text-ink-muted">
              Откуда ↓ / где →
            </th>
            {hosts.map((r) => (
              <th key={r.code} scope="col" className="text-center">
                <abbr title={r.name}>{r.code}</abbr>
                <span className="sr-only"> — {r.name}</span>
              </th>
            ))}
            <th scope="col" className="text-right">
              Всего
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((home) => (
            <tr key={home.code}>
              <th scope="row">
                {home.name}
                {!home.inProject && <span className="text-ink-muted"> (вне проекта)</span>}
              </th>
              {hosts.map((host) => {
                const n = cells[home.code]?.[host.code] ?? 0;
                const own = home.code === host.code;
                return (
                  <td
                    key={host.code}
                    className={`px-3 text-center tabular-nums ${own ? "outline-2 -outline-offset-2 outline-ink outline-dashed" : ""}`}
                    style={{ backgroundColor: shade(n, max) }}
                  >
                    {n > 0 ? (
                      <a
                        href={href({ home: home.code, host: host.code })}
                        className={cellLink}
                        aria-label={`${n}: участники из региона «${home.name}» на мероприятиях региона «${host.name}»`}
                      >
                        {n}
                      </a>
                    ) : (
                      <span className="text-ink-muted">0</span>
                    )}
                  </td>
                );
              })}
              <td className="text-right font-semibold tabular-nums">
                {rowTotals[home.code] > 0 ? <a href={href({ home: home.code })}>{rowTotals[home.code]}</a> : 0}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Всего</th>
            {hosts.map((host) => (
              <td key={host.code} className="text-center font-semibold tabular-nums">
                {columnTotals[host.code] > 0 ? <a href={href({ host: host.code })}>{columnTotals[host.code]}</a> : 0}
              </td>
            ))}
            <td className="text-right font-semibold tabular-nums">
              <a href={href({})}>{total}</a>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
