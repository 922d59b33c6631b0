// The dashboard's region tables show REGIONS_PER_PAGE regions at a time (89 regions in three tables made a
// 0.5 MB page); each table pages with its own URL parameter and keeps the dashboard's others.
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import ru from "@/messages/ru.json";
import type { KpiReport } from "@/lib/kpi/compute-kpi-report";
import type { ExchangeMatrix } from "@/lib/kpi/get-exchange-matrix";
import { KpiRegionTable } from "./kpi-cards";
import { ExchangeByRegion } from "./exchange-by-region";
import { REGIONS_PER_PAGE, type RegionPaging } from "./region-paging";

const codes = Array.from({ length: 89 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`);
const kept = { year: "2026", quarter: undefined, mode: undefined, assessments: "2", regions: "2", exchangeRegions: undefined };
const paging = (name: string, page: number): RegionPaging => ({ name, page, params: kept });

const html = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="ru" messages={ru}>
      {node}
    </NextIntlClientProvider>,
  );

const report = {
  indicators: {
    expertsPerRegion: { target: 5, byRegion: Object.fromEntries(codes.map((c, i) => [c, i % 7])) },
    infoResourcesPerRegion: { target: 2, byRegion: Object.fromEntries(codes.map((c, i) => [c, i % 3])) },
  },
} as unknown as KpiReport;

const rowsOf = (markup: string) => [...markup.matchAll(/<tr><th scope="row">(?:Регион )?(R\d\d)/g)].map((m) => m[1]);

describe("region tables of the dashboard", () => {
  it(`show ${REGIONS_PER_PAGE} regions of the page asked for, and say which`, () => {
    const markup = html(<KpiRegionTable report={report} paging={paging("regions", 2)} />);
    expect(rowsOf(markup)).toEqual(codes.slice(20, 40));
    expect(markup).toContain("Регионы 21–40 из 89");
    expect(markup).toContain('aria-label="По регионам: Страница 2 из 5"');
    // the neighbours' links keep the period and the other lists' pages
    expect(markup).toContain('href="?year=2026&amp;assessments=2&amp;regions=1"');
    expect(markup).toContain('href="?year=2026&amp;assessments=2&amp;regions=3"');
  });

  it("show the last page for a page past the end; every region without paging", () => {
    expect(rowsOf(html(<KpiRegionTable report={report} paging={paging("regions", 40)} />))).toEqual(codes.slice(80));
    const all = html(<KpiRegionTable report={report} />);
    expect(rowsOf(all)).toEqual(codes);
    expect(all).not.toContain("Регионы 1–");
  });

  it("page the exchange by region with its own parameter; the largest flows stay the whole matrix's", () => {
    const regions = codes.map((code, i) => ({ id: `id${i}`, code, name: `Регион ${code}`, inProject: true }));
    const cells = Object.fromEntries(codes.map((home, i) => [home, Object.fromEntries(codes.map((host, j) => [host, i * j]))]));
    const sums = Object.fromEntries(codes.map((c, i) => [c, i * ((88 * 89) / 2)]));
    const matrix: ExchangeMatrix = { regions, cells, rowTotals: sums, columnTotals: sums, total: 1, max: 88 * 87 };
    const markup = html(
      <ExchangeByRegion
        matrix={matrix}
        period={{ year: 2026, quarter: null, cumulative: false }}
        paging={paging("exchangeRegions", 5)}
      />,
    );
    expect(rowsOf(markup)).toEqual(codes.slice(80));
    expect(markup).toContain("Регионы 81–89 из 89");
    expect(markup).toContain('href="?year=2026&amp;assessments=2&amp;regions=2&amp;exchangeRegions=4"');
    expect(markup).toMatch(/<li>Регион R88 → Регион R89: <a [^>]+>7656<\/a><\/li>/);
  });
});
