import type { DashboardPeriod } from "@/lib/infra/time/dashboard-period";
import type { ExchangeMatrix } from "@/lib/kpi/get-exchange-matrix";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import { RegionPageNav, regionPage, type RegionPaging } from "./region-paging";

/** How many of the largest flows between two different regions are listed. */
const TOP_FLOWS = 10;

/**
 * The exchange matrix read region by region — what a region sends out and receives — and its largest
 * flows between two regions: the dashboard's view when the whole matrix would be too large to read
 * (exchange-matrix.tsx). Numbers that a list can explain link to it (plain links: see ExchangeMatrixTable).
 * `paging`: the table shows one page of regions; the largest flows are the whole matrix's.
 */
export function ExchangeByRegion({
  matrix,
  period,
  paging,
}: {
  matrix: ExchangeMatrix;
  period: DashboardPeriod;
  paging?: RegionPaging;
}) {
  const { regions, cells, rowTotals, columnTotals, total } = matrix;
  const page = regionPage(regions, paging);
  const href = (filter: { home?: string; host?: string }) => kpiDetailsHref(period, { indicator: "attendance", ...filter });
  const nameOf = Object.fromEntries(regions.map((r) => [r.code, r.name]));
  const own = (code: string) => cells[code]?.[code] ?? 0;
  const flows = largestFlows(cells);
  const linked = (n: number, filter: { home?: string; host?: string }) => (n > 0 ? <a href={href(filter)}>{n}</a> : 0);
  return (
    <>
      <p className="mb-3 text-sm text-ink-muted">
        Посещения проведённых мероприятий периода: кто из участников региона ездил в другие регионы и сколько гостей приняли
        мероприятия региона. Всего посещений: <a href={href({})}>{total}</a>.
      </p>
      {flows.length > 0 && (
        <>
          <h3 className="mb-2 font-semibold">Крупнейшие потоки между регионами</h3>
          <ol className="mb-4 list-decimal pl-6">
            {flows.map((f) => (
              <li key={`${f.home}-${f.host}`}>
                {nameOf[f.home]} → {nameOf[f.host]}: <a href={href({ home: f.home, host: f.host })}>{f.n}</a>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="relative overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Межрегиональный обмен по регионам</caption>
          <thead>
            <tr>
              <th scope="col">Регион</th>
              <th scope="col" className="text-right">
                Участники из региона
              </th>
              <th scope="col" className="text-right">
                из них в своём регионе
              </th>
              <th scope="col" className="text-right">
                из них в других
              </th>
              <th scope="col" className="text-right">
                Посещения мероприятий региона
              </th>
              <th scope="col" className="text-right">
                из них гости из других
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  {r.name}
                  {!r.inProject && <span className="text-ink-muted"> (вне проекта)</span>}
                </th>
                <td className="text-right tabular-nums">{linked(rowTotals[r.code], { home: r.code })}</td>
                <td className="text-right tabular-nums">{linked(own(r.code), { home: r.code, host: r.code })}</td>
                <td className="text-right tabular-nums">{rowTotals[r.code] - own(r.code)}</td>
                <td className="text-right tabular-nums">{linked(columnTotals[r.code], { host: r.code })}</td>
                <td className="text-right tabular-nums">{columnTotals[r.code] - own(r.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RegionPageNav page={page} paging={paging} label="Обмен по регионам" />
    </>
  );
}

type Flow = { home: string; host: string; n: number };

// the cached figures are shared, unchangeable objects (lib/kpi/cached-kpi.ts): their flows are found once
const flowsOf = new WeakMap<object, Flow[]>();

/** The TOP_FLOWS largest cells off the diagonal, in one pass (89 × 89 cells: no sort of them all). */
function largestFlows(cells: ExchangeMatrix["cells"]): Flow[] {
  let flows = flowsOf.get(cells);
  if (!flows) flowsOf.set(cells, (flows = findLargestFlows(cells)));
  return flows;
}

function findLargestFlows(cells: ExchangeMatrix["cells"]): Flow[] {
  const before = (a: Flow, b: Flow) => a.n > b.n || (a.n === b.n && (a.home < b.home || (a.home === b.home && a.host < b.host)));
  const top: Flow[] = [];
  for (const home in cells) {
    for (const host in cells[home]) {
      const n = cells[home][host];
      if (home === host || n <= 0) continue;
      const flow = { home, host, n };
      if (top.length === TOP_FLOWS && !before(flow, top[TOP_FLOWS - 1])) continue;
      let at = top.length === TOP_FLOWS ? TOP_FLOWS - 1 : top.length;
      while (at > 0 && before(flow, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = flow;
    }
  }
  return top;
}
