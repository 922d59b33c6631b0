import type { KpiReport } from "@/lib/kpi/compute-kpi-report";
import { KPI_INDICATOR_NAMES } from "@/lib/kpi/indicator-names";
import { RegionPageNav, regionPage, type RegionPaging } from "./region-paging";

const NAMES = KPI_INDICATOR_NAMES;

const number = (v: number | null) => (v === null ? "нет оценок" : v.toLocaleString("ru-RU"));

type IndicatorId = keyof KpiReport["indicators"];

/** Where each number leads: the list behind it (drill-down); `responses` — the satisfaction responses. */
export type KpiCardLinks = Partial<Record<IndicatorId | "responses", string>>;

/**
 * `notes`: a line under the target, e.g. which region holds a per-region minimum (its list is the link).
 * Plain links, as everywhere on the dashboard: a next/link is a client component the browser hydrates and
 * prefetches, and each list behind a number is a page of its own anyway.
 */
export function KpiCards({
  report,
  links = {},
  notes = {},
}: {
  report: KpiReport;
  links?: KpiCardLinks;
  notes?: Partial<Record<IndicatorId, string>>;
}) {
  const entries = Object.entries(report.indicators) as [IndicatorId, KpiReport["indicators"][IndicatorId]][];
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {entries.map(([id, indicator]) => (
        <li key={id} className={`card border-l-4 ${indicator.met ? "border-l-ok" : "border-l-bad"}`}>
          <h3 className="mb-2 text-sm font-medium text-ink-muted">{NAMES[id]}</h3>
          <p className="text-3xl font-semibold">
            {links[id] ? (
              <a href={links[id]} aria-label={`${NAMES[id]}: ${number(indicator.value)} — открыть список`}>
                {number(indicator.value)}
              </a>
            ) : (
              number(indicator.value)
            )}
          </p>
          <p className="text-sm">
            цель: {indicator.target.toLocaleString("ru-RU")}
            {"responses" in indicator && (
              <>
                {" · ответов: "}
                {links.responses ? <a href={links.responses}>{indicator.responses}</a> : indicator.responses}
              </>
            )}
            {notes[id] && ` · ${notes[id]}`}
          </p>
          <p
            className={`mt-2 inline-block rounded px-2 py-0.5 text-sm font-medium ${indicator.met ? "bg-ok-bg text-ok" : "bg-bad-bg text-bad"}`}
          >
            {indicator.met ? "✓ Достигнут" : "✗ Не достигнут"}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Per-region experts and resources; each number links to its list (`hrefs[code]`). Plain links, like the
 * dashboard's other region tables: with 89 regions, hundreds of next/link client components would weigh
 * down the page's payload, and each list is a page of its own anyway. `paging`: a page of regions at a time.
 */
export function KpiRegionTable({
  report,
  regionNames = {},
  expertsHref,
  resourcesHref,
  paging,
}: {
  report: KpiReport;
  regionNames?: Record<string, string>;
  expertsHref?: Record<string, string>;
  resourcesHref?: Record<string, string>;
  paging?: RegionPaging;
}) {
  const { expertsPerRegion: experts, infoResourcesPerRegion: resources } = report.indicators;
  const page = regionPage(Object.keys(experts.byRegion).sort(), paging);
  const codes = page.items;
  const cell = (value: number, target: number, href: string | undefined) => (
    <td className={value >= target ? "text-ok" : "font-semibold text-bad"}>
      {href ? <a href={href}>{value}</a> : value} {value >= target ? "" : "(ниже цели)"}
    </td>
  );
  return (
    <div className="relative overflow-x-auto">
      <table className="table">
        <caption className="mb-2 text-left font-semibold">По регионам</caption>
        <thead>
          <tr>
            <th scope="col">Регион</th>
            <th scope="col">Независимых экспертов (цель {experts.target})</th>
            <th scope="col">Информационных ресурсов (цель {resources.target})</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code}>
              <th scope="row">{regionNames[code] ? `${regionNames[code]} (${code})` : code}</th>
              {cell(experts.byRegion[code], experts.target, expertsHref?.[code])}
              {cell(resources.byRegion[code] ?? 0, resources.target, resourcesHref?.[code])}
            </tr>
          ))}
        </tbody>
      </table>
      <RegionPageNav page={page} paging={paging} label="По регионам" />
    </div>
  );
}
