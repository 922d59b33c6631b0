// The quarterly report as an A4 PDF (pdfkit): the KPI table, per-region table, the two charts drawn with
// vector primitives (numbers printed on them, so colour is never the only carrier), coverage, the exchange
// matrix and the assessments. DejaVu Sans is embedded (subset) for Cyrillic; pdfkit's built-in Helvetica is
// never loaded. Page numbers are written at the end into the buffered pages.
import path from "node:path";
import PDFDocument from "pdfkit";
import { VERDICT_NAMES, type Verdict } from "../assessments/schemas";
import { formatDate, formatDateTime } from "../format/format-date";
import type { KpiReport } from "../kpi/compute-kpi-report";
import { KPI_INDICATOR_NAMES } from "../kpi/indicator-names";
import { dayMonthYear, periodLabel, ROMAN_QUARTERS } from "../kpi/period-label";
import type { QuarterlyReportData } from "./get-quarterly-report-data";

// fonts are named by their paths: pdfkit caches a font under the name it was first asked by, and a second
// name for an already loaded face would re-read and re-parse the file on every switch
const FONT = path.join(process.cwd(), "assets/fonts/DejaVuSans.ttf");
const FONT_BOLD = path.join(process.cwd(), "assets/fonts/DejaVuSans-Bold.ttf");

/** Above this many regions the events chart shows the quarters' project totals (the table keeps regions). */
export const MAX_CHART_REGIONS = 8;
/** The matrix page holds this many regions; the rest go into «Прочие» (the XLSX has the full matrix). */
export const MAX_MATRIX_REGIONS = 12;
/** A matrix of up to this many regions fits a portrait page. */
const PORTRAIT_MATRIX_REGIONS = 6;

// print colours: dark enough on white, told apart by the legend and the printed numbers as well
const SERIES = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];
const TARGET = "#991b1b";
const INK = "#111827";
const MUTED = "#4b5563";
const LINE = "#9ca3af";
const HEAD_FILL = "#e5e7eb";

const MARGINS = { top: 40, bottom: 50, left: 40, right: 40 };

type Doc = PDFKit.PDFDocument;
type Align = "left" | "right" | "center";
type Column = { header: string; width: number; align?: Align };
type Row = { cells: string[]; bold?: boolean; shaded?: boolean[] };

const ru = (value: number, digits = 2) => value.toLocaleString("ru-RU", { maximumFractionDigits: digits });
const done = (met: boolean) => (met ? "выполнено" : "не выполнено");
const quarterLabel = (q: number) => `${ROMAN_QUARTERS[q - 1]} кв.`;

export async function quarterlyReportPdf(data: QuarterlyReportData): Promise<Uint8Array> {
  const { project, report } = data;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    font: FONT,
    lang: "ru-RU",
    displayTitle: true,
    info: {
      Title: `Отчёт о показателях проекта «${project.name}», ${periodLabel(data.period)}`,
      Author: "Кадровый портал",
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  doc.font(FONT_BOLD).fontSize(16).fillColor(INK).text("Отчёт о показателях проекта");
  doc.fontSize(14).text(project.name);
  doc.moveDown(0.3).font(FONT).fontSize(10);
  doc.text(
    `Период: ${periodLabel(data.period)}, ${dayMonthYear(report.period.from)} — ${dayMonthYear(report.period.to)} ` +
      `(часовой пояс ${report.period.timezone})`,
  );
  doc.text(`Сформирован: ${formatDateTime(data.generatedAt, project.timezone)} (${project.timezone})`);
  doc.fillColor(MUTED).fontSize(8).text(`Код проекта: ${project.code}. Расчёт показателей — kadry-kpi/1.`).fillColor(INK);

  kpiSection(doc, data);
  regionSection(doc, data);
  eventsSection(doc, data);
  satisfactionSection(doc, data);
  coverageSection(doc, data);
  matrixSection(doc, data);
  assessmentSection(doc, data);
  footers(doc, `${project.name} · ${periodLabel(data.period)}`);

  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

// ——— layout helpers ———

const left = (doc: Doc) => doc.page.margins.left;
const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page in the current page's orientation. */
const nextPage = (doc: Doc) =>
  doc.addPage({ size: "A4", margins: MARGINS, layout: doc.page.layout === "landscape" ? "landscape" : "portrait" });

/** A new page unless `height` still fits below the cursor. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) nextPage(doc);
}

function heading(doc: Doc, text: string) {
  ensureSpace(doc, 60);
  doc.x = left(doc);
  doc
    .moveDown(0.8)
    .font(FONT_BOLD)
    .fontSize(12)
    .fillColor(INK)
    .text(text, { width: contentWidth(doc) });
  doc.outline.addItem(text);
  doc.moveDown(0.3).font(FONT).fontSize(9);
}

function paragraph(doc: Doc, text: string, options: { size?: number; color?: string; bold?: boolean } = {}) {
  doc.x = left(doc);
  doc
    .font(options.bold ? FONT_BOLD : FONT)
    .fontSize(options.size ?? 9)
    .fillColor(options.color ?? INK)
    .text(text, { width: contentWidth(doc) });
  doc.fillColor(INK).font(FONT);
}

/** A table with a repeated header on every page it runs to; cells wrap, rows never split. */
function table(doc: Doc, columns: Column[], rows: Row[], fontSize = 8) {
  const pad = 3;
  const x0 = left(doc);
  const cellHeight = (texts: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...texts.map((t, i) => doc.heightOfString(t || " ", { width: columns[i].width - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (texts: string[], font: string, fill: (i: number) => string | undefined, height: number) => {
    let x = x0;
    const y = doc.y;
    for (const [i, column] of columns.entries()) {
      const colour = fill(i);
      if (colour) doc.rect(x, y, column.width, height).fill(colour);
      doc.rect(x, y, column.width, height).lineWidth(0.5).strokeColor(LINE).stroke();
      doc
        .font(font)
        .fontSize(fontSize)
        .fillColor(INK)
        .text(texts[i] ?? "", x + pad, y + pad, { width: column.width - 2 * pad, align: column.align ?? "left" });
      x += column.width;
    }
    doc.x = x0;
    doc.y = y + height;
  };
  const header = columns.map((c) => c.header);
  const headerHeight = cellHeight(header, FONT_BOLD);
  const drawHeader = () => drawRow(header, FONT_BOLD, () => HEAD_FILL, headerHeight);

  ensureSpace(doc, headerHeight + 20);
  drawHeader();
  for (const row of rows) {
    const font = row.bold ? FONT_BOLD : FONT;
    const height = cellHeight(row.cells, font);
    if (doc.y + height > bottom(doc)) {
      nextPage(doc);
      drawHeader();
    }
    drawRow(row.cells, font, (i) => (row.shaded?.[i] ? HEAD_FILL : undefined), height);
  }
  doc.moveDown(0.5);
}

/** Column widths: `fixed` as given, the rest share what is left of the content width. */
function widths(doc: Doc, fixed: (number | null)[]): number[] {
  const free = contentWidth(doc) - fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
  const flexible = fixed.filter((w) => w === null).length;
  return fixed.map((w) => w ?? free / flexible);
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((m) => m >= value)!;
}

type BarChart = {
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  target: number;
  targetLabel: string;
  /** the value axis ends here at least */
  max?: number;
  format: (v: number) => string;
  /** printed where a value is missing */
  missing: string;
};

/** Grouped bars with the value printed on each bar, a dashed target line and a legend. */
function barChart(doc: Doc, chart: BarChart) {
  const height = 170;
  const axisWidth = 28;
  const x0 = left(doc) + axisWidth;
  const plotWidth = contentWidth(doc) - axisWidth;
  ensureSpace(doc, height + 40 + 14 * Math.ceil(chart.series.length / 3));
  const top = doc.y + 10;
  const base = top + height;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(chart.max ?? 0, chart.target * 1.1, ...values));
  const y = (v: number) => base - (v / max) * height;

  // value axis: five ticks with light grid lines
  doc.font(FONT).fontSize(7).fillColor(MUTED);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    doc
      .moveTo(x0, y(v))
      .lineTo(x0 + plotWidth, y(v))
      .lineWidth(0.3)
      .strokeColor(i === 0 ? INK : "#d1d5db")
      .stroke();
    doc.text(chart.format(v), left(doc), y(v) - 4, { width: axisWidth - 4, align: "right", lineBreak: false });
  }

  const groupWidth = plotWidth / chart.categories.length;
  const barWidth = Math.min(40, (groupWidth * 0.8) / chart.series.length);
  const labelSize = Math.max(5, Math.min(8, barWidth * 0.6));
  const bars = chart.categories.flatMap((_, c) => {
    const groupX = x0 + c * groupWidth + (groupWidth - barWidth * chart.series.length) / 2;
    return chart.series.map((series, s) => ({ x: groupX + s * barWidth, s, value: series.values[c] }));
  });
  for (const { x, s, value } of bars) {
    if (value !== null && value > 0) doc.rect(x + 0.5, y(value), barWidth - 1, base - y(value)).fill(SERIES[s % SERIES.length]);
  }
  for (const [c, category] of chart.categories.entries()) {
    doc
      .font(FONT_BOLD)
      .fontSize(8)
      .fillColor(INK)
      .text(category, x0 + c * groupWidth, base + 4, { width: groupWidth, align: "center", lineBreak: false });
  }

  // the target line over the bars, the values over the line (on white, so the dashes never cross a number)
  doc
    .moveTo(x0, y(chart.target))
    .lineTo(x0 + plotWidth, y(chart.target))
    .lineWidth(1.2)
    .dash(5, { space: 3 })
    .strokeColor(TARGET)
    .stroke()
    .undash();
  for (const { x, value } of bars) {
    const label = value === null ? chart.missing : chart.format(value);
    const size = value === null ? Math.max(5, labelSize - 1) : labelSize;
    const labelY = (value === null ? base : y(value)) - size - 3;
    doc.font(FONT).fontSize(size);
    const w = doc.widthOfString(label);
    doc.rect(x + barWidth / 2 - w / 2 - 1, labelY - 0.5, w + 2, size + 2).fill("#ffffff");
    doc.fillColor(INK).text(label, x + barWidth / 2 - w / 2, labelY, { lineBreak: false });
  }

  // legend: a swatch and a name per series, then the dashed target
  let lx = left(doc);
  let ly = base + 18;
  const item = (width: number, draw: (x: number, y: number) => void, text: string) => {
    doc.font(FONT).fontSize(7.5);
    const w = width + 4 + doc.widthOfString(text) + 12;
    if (lx + w > left(doc) + contentWidth(doc)) {
      lx = left(doc);
      ly += 12;
    }
    draw(lx, ly);
    doc.fillColor(INK).text(text, lx + width + 4, ly, { lineBreak: false });
    lx += w;
  };
  for (const [s, series] of chart.series.entries()) {
    item(9, (x, yy) => doc.rect(x, yy + 1, 9, 7).fill(SERIES[s % SERIES.length]), series.label);
  }
  item(
    18,
    (x, yy) =>
      doc
        .moveTo(x, yy + 4.5)
        .lineTo(x + 18, yy + 4.5)
        .lineWidth(1.2)
        .dash(5, { space: 3 })
        .strokeColor(TARGET)
        .stroke()
        .undash(),
    chart.targetLabel,
  );
  doc.x = left(doc);
  doc.y = ly + 16;
  doc.fillColor(INK);
}

// ——— sections ———

function kpiSection(doc: Doc, { report }: QuarterlyReportData) {
  heading(doc, "Показатели результатов проекта");
  const { indicators } = report;
  const entries = Object.entries(indicators) as [
    keyof KpiReport["indicators"],
    KpiReport["indicators"][keyof KpiReport["indicators"]],
  ][];
  table(
    doc,
    widths(doc, [null, 80, 60, 80]).map((width, i) => ({
      header: ["Показатель", "Значение", "Цель", "Итог"][i],
      width,
      align: i === 0 ? "left" : i === 3 ? "center" : "right",
    })),
    entries.map(([id, indicator]) => ({
      cells: [
        id === "satisfactionAvg"
          ? `${KPI_INDICATOR_NAMES[id]} (ответов: ${ru(indicators.satisfactionAvg.responses)})`
          : KPI_INDICATOR_NAMES[id],
        indicator.value === null ? "нет оценок" : ru(indicator.value),
        ru(indicator.target),
        done(indicator.met),
      ],
    })),
    9,
  );
  paragraph(
    doc,
    "Цели — годовые цели проекта, одни и те же для любого периода. Для показателей «в каждом регионе» значение — наименьшее по " +
      "регионам, цель выполнена, когда её достиг каждый регион.",
    { size: 7.5, color: MUTED },
  );
}

function regionSection(doc: Doc, { report, regionNames }: QuarterlyReportData) {
  heading(doc, "Показатели по регионам");
  const { expertsPerRegion: experts, infoResourcesPerRegion: resources } = report.indicators;
  const codes = Object.keys(experts.byRegion).sort();
  if (!codes.length) return paragraph(doc, "В проекте нет регионов.");
  const cell = (v: number, target: number) => `${v}${v >= target ? "" : " (ниже цели)"}`;
  table(
    doc,
    widths(doc, [null, 130, 130]).map((width, i) => ({
      header: ["Регион", `Независимых экспертов (цель ${experts.target})`, `Информационных ресурсов (цель ${resources.target})`][
        i
      ],
      width,
      align: i === 0 ? "left" : "right",
    })),
    codes.map((code) => ({
      cells: [
        `${regionNames[code] ?? code} (${code})`,
        cell(experts.byRegion[code], experts.target),
        cell(resources.byRegion[code] ?? 0, resources.target),
      ],
    })),
  );
}

function eventsSection(doc: Doc, { byQuarter }: QuarterlyReportData) {
  heading(doc, `Проведённые мероприятия по кварталам ${byQuarter.year} года`);
  const { quarters, regions } = byQuarter;
  const grouped = regions.length <= MAX_CHART_REGIONS;
  const target = grouped ? byQuarter.targetPerRegionQuarter : byQuarter.annualTarget / 4;
  barChart(doc, {
    categories: quarters.map((q) => quarterLabel(q.quarter)),
    series: grouped
      ? regions.map((r) => ({ label: r.name, values: quarters.map((q) => q.byRegion[r.code]) }))
      : [{ label: "Все регионы проекта", values: quarters.map((q) => q.total) }],
    target,
    targetLabel: grouped ? `цель на регион в квартал: ${ru(target)}` : `цель проекта на квартал: ${ru(target)}`,
    format: (v) => ru(v, 1),
    missing: "—",
  });
  paragraph(
    doc,
    `Мероприятия со статусом «проведено» по региону проведения. Годовая цель проекта — ${byQuarter.annualTarget}; ` +
      `цель на регион в квартал — ${ru(byQuarter.targetPerRegionQuarter)} (поровну на 4 квартала и ${byQuarter.projectRegionCount} рег.).` +
      (grouped ? "" : ` Регионов ${regions.length} — на графике итоги кварталов по проекту, по регионам — в таблице.`) +
      " ▼ — ниже цели на регион в квартал.",
    { size: 7.5, color: MUTED },
  );
  doc.moveDown(0.4);
  const mark = (n: number) => (n < byQuarter.targetPerRegionQuarter ? `${ru(n)} ▼` : ru(n));
  table(
    doc,
    widths(doc, [null, 50, 50, 50, 50, 55]).map((width, i) => ({
      header: ["Регион", ...quarters.map((q) => quarterLabel(q.quarter)), "За год"][i],
      width,
      align: i === 0 ? "left" : "right",
    })),
    [
      ...regions.map((r) => ({
        cells: [
          r.name,
          ...quarters.map((q) => mark(q.byRegion[r.code])),
          ru(quarters.reduce((s, q) => s + q.byRegion[r.code], 0)),
        ],
      })),
      {
        cells: ["Всего", ...quarters.map((q) => ru(q.total)), ru(quarters.reduce((s, q) => s + q.total, 0))],
        bold: true,
      },
    ],
  );
}

function satisfactionSection(doc: Doc, { trend }: QuarterlyReportData) {
  heading(doc, `Удовлетворённость участников по кварталам ${trend.year} года`);
  barChart(doc, {
    categories: trend.quarters.map((q) => quarterLabel(q.quarter)),
    series: [{ label: "Средняя оценка (1–5)", values: trend.quarters.map((q) => q.value) }],
    target: trend.target,
    targetLabel: `цель: ${ru(trend.target)}`,
    max: 5,
    format: (v) => ru(v),
    missing: "нет ответов",
  });
  paragraph(doc, "Средняя оценка участников, посетивших проведённые мероприятия квартала; каждый ответ с одинаковым весом.", {
    size: 7.5,
    color: MUTED,
  });
  doc.moveDown(0.4);
  table(
    doc,
    widths(doc, [60, null, 80, 60, 80]).map((width, i) => ({
      header: ["Квартал", "Период", "Средняя оценка", "Ответов", "Итог"][i],
      width,
      align: i === 1 || i === 0 ? "left" : i === 4 ? "center" : "right",
    })),
    trend.quarters.map((q) => ({
      cells: [
        quarterLabel(q.quarter),
        `${dayMonthYear(q.from)} — ${dayMonthYear(q.to)}`,
        q.value === null ? "нет оценок" : ru(q.value),
        ru(q.responses),
        done(q.met),
      ],
    })),
  );
}

function coverageSection(doc: Doc, { coverage, report }: QuarterlyReportData) {
  heading(doc, "Охват в периоде");
  const lists = [
    ["Категории участников", "Посещений", report.indicators.categoriesCovered, coverage.categories],
    ["Направления деятельности", "Мероприятий", report.indicators.directionsCovered, coverage.directions],
  ] as const;
  for (const [title, countLabel, indicator, items] of lists) {
    ensureSpace(doc, 80);
    paragraph(doc, title, { bold: true, size: 10 });
    paragraph(doc, `Охвачено ${indicator.value} из ${items.length}, цель ${indicator.target} — ${done(indicator.met)}.`);
    const missing = items.filter((i) => !i.covered);
    if (missing.length) paragraph(doc, `Не охвачены: ${missing.map((i) => i.name).join(", ")}.`);
    doc.moveDown(0.3);
    table(
      doc,
      widths(doc, [null, 80, 90]).map((width, i) => ({
        header: ["Название", countLabel, "Охват"][i],
        width,
        align: i === 0 ? "left" : i === 1 ? "right" : "center",
      })),
      items.map((item) => ({
        cells: [`${item.name}${item.archived ? " (в архиве)" : ""}`, ru(item.count), item.covered ? "охвачено" : "не охвачено"],
      })),
    );
  }
}

function assessmentSection(doc: Doc, { assessments, period, project }: QuarterlyReportData) {
  if (doc.page.layout === "landscape") doc.addPage({ size: "A4", margins: MARGINS, layout: "portrait" });
  heading(
    doc,
    `Оценка результатов и корректировка: ${period.quarter === null ? `${period.year} год` : `${period.quarter}-й квартал ${period.year}`}`,
  );
  if (!assessments.items.length) return paragraph(doc, "Оценка за период ещё не записана.");
  if (assessments.total > assessments.items.length) {
    paragraph(doc, `Показаны последние ${assessments.items.length} оценок из ${assessments.total}.`, { color: MUTED });
  }
  for (const a of assessments.items) {
    ensureSpace(doc, 70);
    doc.moveDown(0.4);
    paragraph(doc, `${a.quarter}-й квартал ${a.year}: ${VERDICT_NAMES[a.verdict as Verdict] ?? a.verdict}`, {
      bold: true,
      size: 10,
    });
    paragraph(doc, `${a.author?.fullName ?? "пользователь удалён"}, ${formatDateTime(a.createdAt, project.timezone)}`, {
      size: 8,
      color: MUTED,
    });
    doc.moveDown(0.2);
    paragraph(doc, a.summary);
    doc.moveDown(0.3);
    if (!a.actions.length) {
      paragraph(doc, "Корректирующие меры не указаны.", { size: 8, color: MUTED });
      continue;
    }
    paragraph(doc, "Корректирующие меры", { bold: true });
    table(
      doc,
      widths(doc, [null, 150, 70]).map((width, i) => ({ header: ["Мера", "Ответственный", "Срок"][i], width })),
      a.actions.map((x) => ({ cells: [x.text, x.owner, formatDate(x.dueDate, "UTC")] })),
    );
  }
}

/**
 * Up to PORTRAIT_MATRIX_REGIONS regions in the flow of the page, more on landscape pages; a big matrix keeps its
 * MAX_MATRIX_REGIONS busiest regions and sums the rest into «Прочие».
 */
function matrixSection(doc: Doc, { matrix }: QuarterlyReportData) {
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

/** «Страница N из M» on every buffered page, written into the bottom margin. */
function footers(doc: Doc, title: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // text below the margin would otherwise open a new page
    doc
      .font(FONT)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(`${title} · страница ${i + 1} из ${count}`, left(doc), doc.page.height - 30, {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
}
