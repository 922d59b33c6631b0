// The quarterly report as an Excel workbook, one sheet per table (the PDF's tables, the exchange matrix in
// full). Numbers stay numbers so the ministry can sum and chart them; «да»/«нет» say whether a target is met.
import ExcelJS from "exceljs";
import { VERDICT_NAMES, type Verdict } from "../assessments/schemas";
import { formatDate, formatDateTime } from "../infra/time/format-date";
import type { KpiReport } from "../kpi/compute-kpi-report";
import { KPI_INDICATOR_NAMES } from "../kpi/indicator-names";
import { dayMonthYear } from "../infra/time/day-month-year";
import { periodLabel, ROMAN_QUARTERS } from "../infra/time/period-label";
import type { QuarterlyReportData } from "./get-quarterly-report-data";

type Cell = string | number | null;

const yesNo = (met: boolean) => (met ? "да" : "нет");

function sheet(book: ExcelJS.Workbook, name: string, header: string[], widths: number[]) {
  const ws = book.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow(header).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return ws;
}

export async function quarterlyReportXlsx(data: QuarterlyReportData): Promise<Uint8Array> {
  const { project, report, regionNames, byQuarter, trend, coverage, matrix, assessments } = data;
  const book = new ExcelJS.Workbook();
  book.creator = "Кадровый портал";
  book.created = data.generatedAt;
  book.title = `Отчёт о показателях проекта «${project.name}», ${periodLabel(data.period)}`;

  // KPI: the indicators in rows 2–7 (the kadry-kpi/1 order), then what the numbers are about
  const kpi = sheet(book, "KPI", ["Показатель", "Значение", "Цель", "Выполнено"], [55, 14, 10, 12]);
  const entries = Object.entries(report.indicators) as [
    keyof KpiReport["indicators"],
    KpiReport["indicators"][keyof KpiReport["indicators"]],
  ][];
  for (const [id, indicator] of entries) {
    kpi.addRow([KPI_INDICATOR_NAMES[id], indicator.value, indicator.target, yesNo(indicator.met)] satisfies Cell[]);
  }
  kpi.addRow([]);
  kpi.addRows([
    ["Ответов участников (для удовлетворённости)", report.indicators.satisfactionAvg.responses],
    ["Проект", `${project.name} (${project.code})`],
    ["Период", `${periodLabel(data.period)}: ${dayMonthYear(report.period.from)} — ${dayMonthYear(report.period.to)}`],
    ["Часовой пояс", report.period.timezone],
    ["Сформирован", formatDateTime(data.generatedAt, project.timezone)],
  ]);

  const { expertsPerRegion: experts, infoResourcesPerRegion: resources } = report.indicators;
  const regions = sheet(
    book,
    "Регионы",
    ["Код", "Регион", "Независимых экспертов", "Цель", "Выполнено", "Информационных ресурсов", "Цель", "Выполнено"],
    [12, 34, 14, 8, 12, 14, 8, 12],
  );
  for (const code of Object.keys(experts.byRegion).sort()) {
    const e = experts.byRegion[code];
    const r = resources.byRegion[code] ?? 0;
    regions.addRow([
      code,
      regionNames[code] ?? code,
      e,
      experts.target,
      yesNo(e >= experts.target),
      r,
      resources.target,
      yesNo(r >= resources.target),
    ] satisfies Cell[]);
  }

  const events = sheet(
    book,
    "Мероприятия по кварталам",
    ["Код", "Регион", ...ROMAN_QUARTERS.map((q) => `${q} кв.`), "За год"],
    [12, 34, 10, 10, 10, 10, 10],
  );
  const { quarters } = byQuarter;
  for (const r of byQuarter.regions) {
    const values = quarters.map((q) => q.byRegion[r.code]);
    events.addRow([r.code, r.name, ...values, values.reduce((s, v) => s + v, 0)] satisfies Cell[]);
  }
  events.addRow(["", "Всего", ...quarters.map((q) => q.total), quarters.reduce((s, q) => s + q.total, 0)]).font = {
    bold: true,
  };
  events.addRow([]);
  events.addRows([
    ["", "Цель на регион в квартал", byQuarter.targetPerRegionQuarter],
    ["", "Годовая цель проекта", byQuarter.annualTarget],
  ]);

  const satisfaction = sheet(
    book,
    "Удовлетворённость",
    ["Квартал", "С", "По", "Средняя оценка", "Ответов", "Цель", "Выполнено"],
    [10, 12, 12, 14, 10, 8, 12],
  );
  for (const q of trend.quarters) {
    satisfaction.addRow([
      q.quarter,
      dayMonthYear(q.from),
      dayMonthYear(q.to),
      q.value,
      q.responses,
      trend.target,
      yesNo(q.met),
    ] satisfies Cell[]);
  }

  const cover = sheet(
    book,
    "Охват",
    ["Список", "Код", "Название", "Посещений / мероприятий", "Охвачено", "В архиве"],
    [26, 20, 50, 14, 10, 10],
  );
  const lists = [
    ["Категории участников", coverage.categories],
    ["Направления деятельности", coverage.directions],
  ] as const;
  for (const [list, items] of lists) {
    for (const item of items) {
      cover.addRow([list, item.code, item.name, item.count, yesNo(item.covered), yesNo(item.archived)] satisfies Cell[]);
    }
  }

  // the whole matrix: rows — the participant's region, columns — the event's region
  const codes = matrix.regions.map((r) => r.code);
  const exchange = sheet(
    book,
    "Обмен между регионами",
    ["Регион участника \\ регион мероприятия", ...codes, "Всего"],
    [40, ...codes.map(() => 9), 10],
  );
  for (const home of matrix.regions) {
    exchange.addRow([
      `${home.name} (${home.code})${home.inProject ? "" : ", вне проекта"}`,
      ...codes.map((host) => matrix.cells[home.code]?.[host] ?? 0),
      matrix.rowTotals[home.code],
    ] satisfies Cell[]);
  }
  exchange.addRow(["Всего", ...codes.map((c) => matrix.columnTotals[c]), matrix.total]).font = { bold: true };
  exchange.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];

  const assessment = sheet(
    book,
    "Оценка",
    ["Год", "Квартал", "Итог", "Оценка результатов", "Автор", "Записана", "Корректирующая мера", "Ответственный", "Срок"],
    [8, 9, 24, 60, 26, 18, 50, 26, 12],
  );
  if (!assessments.items.length) assessment.addRow(["", "", "Оценка за период ещё не записана"]);
  for (const a of assessments.items) {
    const head: Cell[] = [
      a.year,
      a.quarter,
      VERDICT_NAMES[a.verdict as Verdict] ?? a.verdict,
      a.summary,
      a.author?.fullName ?? "пользователь удалён",
      formatDateTime(a.createdAt, project.timezone),
    ];
    if (!a.actions.length) assessment.addRow([...head, "", "", ""]);
    // one row per corrective action, the assessment repeated so the sheet filters and sorts cleanly
    for (const x of a.actions) assessment.addRow([...head, x.text, x.owner, formatDate(x.dueDate, "UTC")]);
  }
  if (assessments.total > assessments.items.length) {
    assessment.addRow([]);
    assessment.addRow(["", "", `Показаны последние ${assessments.items.length} оценок из ${assessments.total}`]);
  }
  assessment.eachRow((row) => (row.alignment = { vertical: "top", wrapText: true }));

  return new Uint8Array(await book.xlsx.writeBuffer());
}
