// The dashboard's exchange section: the whole matrix up to FULL_MATRIX_MAX_REGIONS regions; beyond, each
// region's exchange (sums of the matrix's rows and columns), the largest flows, and a link to the matrix.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ExchangeMatrix } from "@/lib/kpi/get-exchange-matrix";
import { ExchangeMatrixSection, FULL_MATRIX_MAX_REGIONS } from "./exchange-matrix";

const period = { year: 2026, quarter: 2, cumulative: false };

/** n regions R01…; region i sends i·j participants to region j (and i to itself). */
function matrixOf(n: number): ExchangeMatrix {
  const regions = Array.from({ length: n }, (_, i) => ({
    id: `id${i + 1}`,
    code: `R${String(i + 1).padStart(2, "0")}`,
    name: `Регион ${i + 1}`,
    inProject: true,
  }));
  const cells: ExchangeMatrix["cells"] = {};
  const rowTotals: Record<string, number> = {};
  const columnTotals: Record<string, number> = Object.fromEntries(regions.map((r) => [r.code, 0]));
  let total = 0;
  regions.forEach((home, i) => {
    cells[home.code] = {};
    rowTotals[home.code] = 0;
    regions.forEach((host, j) => {
      const v = i === j ? i + 1 : (i + 1) * (j + 1);
      cells[home.code][host.code] = v;
      rowTotals[home.code] += v;
      columnTotals[host.code] += v;
      total += v;
    });
  });
  return { regions, cells, rowTotals, columnTotals, total, max: n * (n - 1) };
}

const render = (matrix: ExchangeMatrix) =>
  renderToStaticMarkup(
    <ExchangeMatrixSection matrix={matrix} period={period} fullMatrixHref="/dashboard/exchange?year=2026&quarter=2" />,
  );

describe("ExchangeMatrixSection", () => {
  it(`shows the whole matrix up to ${FULL_MATRIX_MAX_REGIONS} regions`, () => {
    const html = render(matrixOf(FULL_MATRIX_MAX_REGIONS));
    expect(html).toContain("Откуда ↓ / где →");
    expect(html.match(/<td /g)?.length).toBe(FULL_MATRIX_MAX_REGIONS * FULL_MATRIX_MAX_REGIONS + 2 * FULL_MATRIX_MAX_REGIONS + 1);
    expect(html).not.toContain("Полная матрица обмена");
  });

  it("with more regions: each region's exchange, the largest flows, and a link to the whole matrix", () => {
    const n = 89;
    const matrix = matrixOf(n);
    const html = render(matrix);
    expect(html).not.toContain("Откуда ↓ / где →");
    expect(html).toContain(`href="/dashboard/exchange?year=2026&amp;quarter=2">Полная матрица обмена (89 × 89 регионов)`);
    // the row of region 3: from the region 3·(1+…+89) − 9 + 3, of them 3 at home; its events received column 3's sum
    const row = html.match(/<tr><th scope="row">Регион 3<\/th>(.*?)<\/tr>/)![1];
    const numbers = [...row.matchAll(/>(\d+)<\/(?:a|td)>/g)].map((m) => Number(m[1]));
    const sent = matrix.rowTotals.R03;
    const received = matrix.columnTotals.R03;
    expect(numbers).toEqual([sent, 3, sent - 3, received, received - 3]);
    expect(sent).toBe(3 * ((89 * 90) / 2) - 9 + 3);
    // the largest flows: 89 → 88 and 88 → 89 (7 832 each), then 89 → 87 and 87 → 89
    const flows = [...html.matchAll(/<li>(Регион \d+) → (Регион \d+): <a href="([^"]+)">(\d+)<\/a><\/li>/g)];
    expect(flows).toHaveLength(10);
    expect(flows.slice(0, 4).map((f) => `${f[1]}→${f[2]}=${f[4]}`)).toEqual([
      "Регион 88→Регион 89=7832",
      "Регион 89→Регион 88=7832",
      "Регион 87→Регион 89=7743",
      "Регион 89→Регион 87=7743",
    ]);
    expect(flows[0][3]).toBe("/dashboard/details?indicator=attendance&amp;year=2026&amp;quarter=2&amp;home=R88&amp;host=R89");
    // 89 rows instead of 89 × 89 cells
    expect(html.length).toBeLessThan(60_000);
  });

  it("says so when nobody attended", () => {
    const empty = { ...matrixOf(20), total: 0 };
    expect(render(empty)).toContain("В периоде нет отметок о посещении");
  });
});
