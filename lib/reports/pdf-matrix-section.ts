// The PDF report's exchange matrix: on a landscape page when wide, the busiest regions when too many.
import type { QuarterlyReportData } from "./get-quarterly-report-data";
import {
  contentWidth,
  heading,
  MARGINS,
  MUTED,
  paragraph,
  ru,
  table,
  widths,
  type Column,
  type Doc,
  type Row,
} from "./pdf-layout";

/** The matrix page holds this many regions; the rest go into «Прочие» (the XLSX has the full matrix). */
export const MAX_MATRIX_REGIONS = 12;
/** A matrix of up to this many regions fits a portrait page. */
const PORTRAIT_MATRIX_REGIONS = 6;

/**
 * Up to PORTRAIT_MATRIX_REGIONS regions in the flow of the page, more on landscape pages; a big matrix keeps its
 * MAX_MATRIX_REGIONS busiest regions and sums the rest into «Прочие».
 */
export function matrixSection(doc: Doc, { matrix }: QuarterlyReportData) {
  const { cells, rowTotals, columnTotals } = matrix;
  const involved = matrix.regions.filter((r) => r.inProject || rowTotals[r.code] > 0 || columnTotals[r.code] > 0);
  if (involved.length > PORTRAIT_MATRIX_REGIONS) doc.addPage({ size: "A4", margins: MARGINS, layout: "landscape" });
  heading(doc, "Межрегиональный обмен");
  paragraph(
    doc,
    "Посещения проведённых мероприятий периода: строка — регион участника, столбец — регион мероприятия. " +
      "На диагонали (серый фон) — участники в своём регионе, вне её — обмен между регионами.",
    { size: 8, color: MUTED },
  );
  doc.moveDown(0.3);
  if (matrix.total === 0) return paragraph(doc, "В периоде нет отметок о посещении проведённых мероприятий.");

  const cut = involved.length > MAX_MATRIX_REGIONS;
  const shown = cut
    ? [...involved]
        .sort(
          (a, b) =>
            rowTotals[b.code] + columnTotals[b.code] - (rowTotals[a.code] + columnTotals[a.code]) || a.code.localeCompare(b.code),
        )
        .slice(0, MAX_MATRIX_REGIONS)
        .sort((a, b) => Number(b.inProject) - Number(a.inProject) || a.code.localeCompare(b.code))
    : involved;
  if (cut) {
    paragraph(
      doc,
      `Регионов в обмене — ${involved.length}: в таблице ${MAX_MATRIX_REGIONS} с наибольшим числом посещений, остальные сложены в строку и ` +
        "столбец «Прочие»; итоги по каждому региону — в таблице ниже. Полная матрица — в XLSX-версии отчёта (лист «Обмен между регионами»).",
      { size: 8 },
    );
    doc.moveDown(0.3);
  }
  const shownCodes = new Set(shown.map((r) => r.code));
  const cell = (home: string, host: string) => cells[home]?.[host] ?? 0;
  const sumOver = (homes: string[], hosts: string[]) => homes.reduce((s, h) => s + hosts.reduce((t, c) => t + cell(h, c), 0), 0);
  const otherCodes = matrix.regions.map((r) => r.code).filter((c) => !shownCodes.has(c));
  const codes = shown.map((r) => r.code);

  const extra = cut ? 1 : 0;
  const nameWidth = 150;
  const numberWidth = Math.min(60, (contentWidth(doc) - nameWidth) / (codes.length + extra + 1));
  const fontSize = codes.length > 8 ? 7 : 8;
  const columns: Column[] = [
    { header: "Откуда ↓ / где →", width: nameWidth },
    ...shown.map((r) => ({ header: r.code, width: numberWidth, align: "right" as const })),
    ...(cut ? [{ header: "Прочие", width: numberWidth, align: "right" as const }] : []),
    { header: "Всего", width: numberWidth, align: "right" },
  ];
  const rows: Row[] = shown.map((home) => ({
    cells: [
      `${home.name} (${home.code})${home.inProject ? "" : ", вне проекта"}`,
      ...codes.map((host) => ru(cell(home.code, host))),
      ...(cut ? [ru(sumOver([home.code], otherCodes))] : []),
      ru(rowTotals[home.code]),
    ],
    shaded: [false, ...codes.map((host) => host === home.code)],
  }));
  if (cut) {
    rows.push({
      cells: [
        "Прочие регионы",
        ...codes.map((host) => ru(sumOver(otherCodes, [host]))),
        ru(sumOver(otherCodes, otherCodes)),
        ru(otherCodes.reduce((s, c) => s + rowTotals[c], 0)),
      ],
    });
  }
  rows.push({
    cells: [
      "Всего",
      ...codes.map((host) => ru(columnTotals[host])),
      ...(cut ? [ru(otherCodes.reduce((s, c) => s + columnTotals[c], 0))] : []),
      ru(matrix.total),
    ],
    bold: true,
  });
  table(doc, columns, rows, fontSize);

  if (cut) {
    paragraph(doc, "Итоги по всем регионам", { bold: true, size: 10 });
    doc.moveDown(0.3);
    table(
      doc,
      widths(doc, [null, 150, 150, 150]).map((width, i) => ({
        header: ["Регион", "Посещений участниками из региона", "Посещений мероприятий в регионе", "Из них в своём регионе"][i],
        width,
        align: i === 0 ? "left" : "right",
      })),
      involved.map((r) => ({
        cells: [
          `${r.name} (${r.code})${r.inProject ? "" : ", вне проекта"}`,
          ru(rowTotals[r.code]),
          ru(columnTotals[r.code]),
          ru(cell(r.code, r.code)),
        ],
      })),
    );
  }
}
