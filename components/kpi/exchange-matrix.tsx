import Link from "next/link";
import type { DashboardPeriod } from "@/lib/kpi/get-dashboard-report";
import type { ExchangeMatrix } from "@/lib/kpi/get-exchange-matrix";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";

// Heat-map shade: brand blue at most 45 % over white, so dark text keeps ≥ 4.5:1 contrast in every cell;
// the number itself is always printed, the shade only helps the eye find the large ones.
const shade = (n: number, max: number) =>
  n > 0 && max > 0 ? `rgba(29, 78, 216, ${(0.06 + 0.39 * (n / max)).toFixed(3)})` : undefined;

/**
 * Chart (d): attended registrations of held events in the period, by where participants come from (rows)
 * and where the event was held (columns). Every number links to the registrations behind it.
 */
export function ExchangeMatrixSection({ matrix, period }: { matrix: ExchangeMatrix; period: DashboardPeriod }) {
  const { regions, cells, rowTotals, columnTotals, total, max } = matrix;
  const hosts = regions.filter((r) => r.inProject || columnTotals[r.code] > 0);
  const href = (filter: { home?: string; host?: string }) => kpiDetailsHref(period, { indicator: "attendance", ...filter });
  const cellLink = "text-ink"; // brand-blue links would lose contrast on the darker shades
  return (
    <section aria-labelledby="exchange-matrix" className="card min-w-0">
      <h2 id="exchange-matrix">Межрегиональный обмен</h2>
      <p className="mb-3 text-sm text-ink-muted">
        Посещения проведённых мероприятий периода: строка — регион участника, столбец — регион мероприятия. На диагонали (в рамке)
        — участники в своём регионе, вне её — обмен между регионами. Чем больше число, тем темнее ячейка.
      </p>
      {total === 0 ? (
        <p>В периоде нет отметок о посещении проведённых мероприятий.</p>
      ) : (
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
                          <Link
                            href={href({ home: home.code, host: host.code })}
                            className={cellLink}
                            aria-label={`${n}: участники из региона «${home.name}» на мероприятиях региона «${host.name}»`}
                          >
                            {n}
                          </Link>
                        ) : (
                          <span className="text-ink-muted">0</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="text-right font-semibold tabular-nums">
                    {rowTotals[home.code] > 0 ? <Link href={href({ home: home.code })}>{rowTotals[home.code]}</Link> : 0}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Всего</th>
                {hosts.map((host) => (
                  <td key={host.code} className="text-center font-semibold tabular-nums">
                    {columnTotals[host.code] > 0 ? <Link href={href({ host: host.code })}>{columnTotals[host.code]}</Link> : 0}
                  </td>
                ))}
                <td className="text-right font-semibold tabular-nums">
                  <Link href={href({})}>{total}</Link>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
