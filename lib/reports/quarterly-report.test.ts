// The downloadable quarterly report on the contract sample (tests/fixtures): the PDF parses and its text —
// Cyrillic included, so the embedded fonts work — carries the project, the indicators and the assessment;
// the XLSX's KPI sheet is computeKpiReport for the same period; only dashboard roles get either.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { importBundle } from "../bundle/import-bundle";
import { recordAssessment } from "../assessments/record-assessment";
import { computeKpiReport } from "../kpi/compute-kpi-report";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { KPI_INDICATOR_NAMES } from "../kpi/indicator-names";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { readSampleBundle, readSampleReports } from "../../tests/helpers/contract-fixtures";
import { makeUser, sessionUser } from "../../tests/helpers/factories";
import { getQuarterlyReportData, type QuarterlyReportData } from "./get-quarterly-report-data";
import { quarterlyReportFile } from "./quarterly-report-file";
import { quarterlyReportPdf } from "./quarterly-report-pdf";
import { quarterlyReportXlsx } from "./quarterly-report-xlsx";

let t: TestDatabase;
let projectId: string;
const PROJECT = readSampleReports()[0].project;
const ministry = sessionUser("MINISTRY");
const Q2: DashboardPeriod = { year: 2026, quarter: 2, cumulative: false };
const SUMMARY = "План по мероприятиям во втором квартале не выполнен: перенесены три семинара во Владимире.";
const ACTION = "Провести перенесённые семинары в июле";

beforeAll(async () => {
  t = await createTestDatabase();
  projectId = (await importBundle(t.db, readSampleBundle())).projectId;
});
afterAll(async () => t.drop());

/** All text of a PDF, page by page, joined by spaces (pdfjs-dist, as the e2e test reads it). */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  await pdf.destroy();
  return { text: parts.join(" ").replace(/\s+/g, " "), pages: pdf.numPages };
}

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

const SHEETS = ["KPI", "Регионы", "Мероприятия по кварталам", "Удовлетворённость", "Охват", "Обмен между регионами", "Оценка"];

describe("квартальный отчёт без оценки", () => {
  let data: QuarterlyReportData;
  beforeAll(async () => {
    data = await getQuarterlyReportData(t.db, ministry, PROJECT, Q2);
  });

  it("PDF: открывается, кириллица цела, есть проект, показатели и номера страниц", async () => {
    const bytes = await quarterlyReportPdf(data);
    if (process.env.REPORT_PDF_OUT) fs.writeFileSync(process.env.REPORT_PDF_OUT, bytes);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(bytes);
    expect(text).toContain("Золотое кольцо: экспресс профессионалов");
    expect(text).toContain("Показатели результатов проекта");
    expect(text).toContain("01.04.2026 — 30.06.2026");
    expect(text).toContain("Europe/Moscow");
    for (const name of Object.values(KPI_INDICATOR_NAMES)) expect(text).toContain(name);
    // the KPI values as the report gives them: 14 events, satisfaction 4,4
    expect(text).toContain(`${data.report.indicators.eventsHeld.value}`);
    expect(text).toContain(data.report.indicators.satisfactionAvg.value!.toLocaleString("ru-RU"));
    expect(text).toContain("не выполнено");
    expect(text).toContain("Удовлетворённость участников по кварталам 2026 года");
    expect(text).toContain("Межрегиональный обмен");
    expect(text).toContain("Оценка за период ещё не записана");
    expect(text).toContain(`страница 1 из ${pages}`);
    expect(text).toContain(`страница ${pages} из ${pages}`);
    for (const r of data.byQuarter.regions) expect(text).toContain(r.name);
  });

  it("XLSX: лист KPI — computeKpiReport того же периода, остальные листы есть", async () => {
    const book = await workbook(await quarterlyReportXlsx(data));
    expect(book.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
    const expected = await computeKpiReport(t.db, { projectCode: PROJECT, ...Q2 });
    const kpi = book.getWorksheet("KPI")!;
    expect(kpi.getRow(1).values).toEqual([undefined, "Показатель", "Значение", "Цель", "Выполнено"]);
    const entries = Object.entries(expected.indicators);
    for (const [i, [id, indicator]] of entries.entries()) {
      const row = kpi.getRow(i + 2);
      expect(row.getCell(1).value, id).toBe(KPI_INDICATOR_NAMES[id as keyof typeof KPI_INDICATOR_NAMES]);
      expect(row.getCell(2).value, id).toBe(indicator.value);
      expect(row.getCell(3).value, id).toBe(indicator.target);
      expect(row.getCell(4).value, id).toBe(indicator.met ? "да" : "нет");
    }
    // per region: the report's byRegion, as numbers
    const regions = book.getWorksheet("Регионы")!;
    const byRegion = expected.indicators.expertsPerRegion.byRegion;
    expect(regions.rowCount).toBe(1 + Object.keys(byRegion).length);
    for (let r = 2; r <= regions.rowCount; r++) {
      const code = regions.getRow(r).getCell(1).value as string;
      expect(regions.getRow(r).getCell(3).value).toBe(byRegion[code]);
      expect(regions.getRow(r).getCell(6).value).toBe(expected.indicators.infoResourcesPerRegion.byRegion[code]);
    }
    // the events sheet's «Всего» for Q2 is the quarter's eventsHeld; the matrix total the attendances
    const events = book.getWorksheet("Мероприятия по кварталам")!;
    const total = events.getRows(1, events.rowCount)!.find((row) => row.getCell(2).value === "Всего")!;
    expect(total.getCell(4).value).toBe(expected.indicators.eventsHeld.value);
    const exchange = book.getWorksheet("Обмен между регионами")!;
    const last = exchange.getRow(1 + data.matrix.regions.length + 1);
    expect(last.getCell(1).value).toBe("Всего");
    expect(last.getCell(data.matrix.regions.length + 2).value).toBe(data.matrix.total);
    const satisfaction = book.getWorksheet("Удовлетворённость")!;
    expect(satisfaction.getRow(3).getCell(4).value).toBe(expected.indicators.satisfactionAvg.value);
    expect(book.getWorksheet("Оценка")!.getRow(2).getCell(3).value).toBe("Оценка за период ещё не записана");
  });
});

describe("с записанной оценкой", () => {
  let data: QuarterlyReportData;
  beforeAll(async () => {
    const { session } = await makeUser(t.db, "MINISTRY");
    await recordAssessment(
      t.db,
      session,
      {
        projectId,
        year: 2026,
        quarter: 2,
        verdict: "partly",
        summary: SUMMARY,
        actions: [{ text: ACTION, owner: "Координатор Владимирской области", dueDate: "2026-07-31" }],
      },
      new Date("2026-07-05T09:00:00Z"),
    );
    data = await getQuarterlyReportData(t.db, session, PROJECT, Q2);
  });

  it("оценка и корректирующие меры — в PDF", async () => {
    expect(data.assessments.total).toBe(1);
    const { text } = await pdfText(await quarterlyReportPdf(data));
    expect(text).toContain("2-й квартал 2026: Достигнуты частично");
    expect(text).toContain(SUMMARY);
    expect(text).toContain(ACTION);
    expect(text).toContain("31.07.2026");
    expect(text).not.toContain("Оценка за период ещё не записана");
  });

  it("оценка и корректирующие меры — в XLSX", async () => {
    const sheet = (await workbook(await quarterlyReportXlsx(data))).getWorksheet("Оценка")!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(2026);
    expect(row.getCell(2).value).toBe(2);
    expect(row.getCell(3).value).toBe("Достигнуты частично");
    expect(row.getCell(4).value).toBe(SUMMARY);
    expect(row.getCell(7).value).toBe(ACTION);
    expect(row.getCell(9).value).toBe("31.07.2026");
  });

  it("оценка другого квартала в отчёт за квартал не попадает, в годовой — попадает", async () => {
    const q3 = await getQuarterlyReportData(t.db, ministry, PROJECT, { year: 2026, quarter: 3, cumulative: false });
    expect(q3.assessments.items).toEqual([]);
    const year = await getQuarterlyReportData(t.db, ministry, PROJECT, { year: 2026, quarter: null, cumulative: false });
    expect(year.assessments.items.map((a) => a.summary)).toEqual([SUMMARY]);
  });
});

describe("файл для скачивания", () => {
  it("период из параметров панели и имя файла по нему", async () => {
    const ytd = await quarterlyReportFile(t.db, ministry, { year: "2026", quarter: "2", mode: "ytd" }, "xlsx");
    expect(ytd).toMatchObject({ format: "xlsx", fileName: `kpi-report-${PROJECT}-2026-q2-ytd.xlsx` });
    const kpi = (await workbook(ytd.body as Uint8Array)).getWorksheet("KPI")!;
    expect(kpi.getRow(2).getCell(2).value).toBe(21); // eventsHeld of 2026 Q1–Q2
    const year = await quarterlyReportFile(t.db, ministry, { year: "2026" }, "pdf");
    expect(year.fileName).toBe(`kpi-report-${PROJECT}-2026-year.pdf`);
    expect(await pdfText(year.body as Uint8Array)).toMatchObject({ text: expect.stringContaining("01.01.2026 — 31.12.2026") });
  });

  it("участник — FORBIDDEN, без входа — UNAUTHORIZED", async () => {
    await expect(quarterlyReportFile(t.db, sessionUser("PARTICIPANT"), {}, "pdf")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(quarterlyReportFile(t.db, null, {}, "xlsx")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("права", () => {
  it.each(["PARTICIPANT", "EXPERT"] as const)("%s — FORBIDDEN", async (role) => {
    await expect(getQuarterlyReportData(t.db, sessionUser(role), PROJECT, Q2)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("без входа — UNAUTHORIZED, координатор — можно", async () => {
    await expect(getQuarterlyReportData(t.db, null, PROJECT, Q2)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const data = await getQuarterlyReportData(t.db, sessionUser("COORDINATOR"), PROJECT, Q2);
    expect(data.report.indicators.eventsHeld.value).toBe(14);
  });
});
