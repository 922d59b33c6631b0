// The quarterly report as an A4 PDF (pdfkit): the KPI table, per-region table, the two charts drawn with
// vector primitives (numbers printed on them, so colour is never the only carrier), coverage, the exchange
// matrix and the assessments. DejaVu Sans is embedded (subset) for Cyrillic; pdfkit's built-in Helvetica is
// never loaded. Page numbers are written at the end into the buffered pages.
import PDFDocument from "pdfkit";
import { VERDICT_NAMES, type Verdict } from "../assessments/schemas";
import { formatDate, formatDateTime } from "../infra/time/format-date";
import type { KpiReport } from "../kpi/compute-kpi-report";
import { KPI_INDICATOR_NAMES } from "../kpi/indicator-names";
import { dayMonthYear } from "../infra/time/day-month-year";
import { periodLabel, ROMAN_QUARTERS } from "../infra/time/period-label";
import type { QuarterlyReportData } from "./get-quarterly-report-data";
import { barChart } from "./pdf-bar-chart";
import {
  contentWidth,
  ensureSpace,
  FONT,
  FONT_BOLD,
  heading,
  INK,
  left,
  MARGINS,
  MUTED,
  paragraph,
  ru,
  table,
  widths,
  type Doc,
} from "./pdf-layout";
import { matrixSection } from "./pdf-matrix-section";

/** Above this many regions the events chart shows the quarters' project totals (the table keeps regions). */
export const MAX_CHART_REGIONS = 8;

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
