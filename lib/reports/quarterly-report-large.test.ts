// The report of a country-sized project stays readable and quick: 89 regions from scripts/gen-bundle.mjs
// (1 500 events, 10 000 participants, ≈45 000 registrations). The events chart shows quarter totals, the matrix
// its 12 busiest regions plus «Прочие», the XLSX the full 89 × 89 matrix. Times are printed for docs/dashboard.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { importBundle } from "../bundle/import-bundle";
import { readBundleFile } from "../bundle/read-bundle-json";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { bundleGenerator as generator } from "../../tests/helpers/contract-fixtures";
import { sessionUser } from "../../tests/helpers/factories";
import { getQuarterlyReportData, type QuarterlyReportData } from "./get-quarterly-report-data";
import { MAX_MATRIX_REGIONS } from "./pdf-matrix-section";
import { quarterlyReportPdf } from "./quarterly-report-pdf";
import { quarterlyReportXlsx } from "./quarterly-report-xlsx";

const CODE = "report-89";
let t: TestDatabase;
let data: QuarterlyReportData;

beforeAll(async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kadry-report-")), "bundle.json");
  const sizes = ["--regions", "89", "--events", "1500", "--participants", "10000", "--code", CODE];
  execFileSync(process.execPath, [generator, ...sizes, "--out", out], { stdio: "ignore" });
  t = await createTestDatabase();
  await importBundle(t.db, await readBundleFile(out));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}, 300_000);
afterAll(async () => t?.drop());

it("89 регионов: PDF и XLSX формируются быстро, матрица сокращена с пояснением", async () => {
  let t0 = performance.now();
  data = await getQuarterlyReportData(t.db, sessionUser("MINISTRY"), CODE, { year: 2026, quarter: null, cumulative: false });
  const dataMs = performance.now() - t0;
  t0 = performance.now();
  const pdf = await quarterlyReportPdf(data);
  const pdfMs = performance.now() - t0;
  if (process.env.REPORT_PDF_OUT) fs.writeFileSync(process.env.REPORT_PDF_OUT, pdf);
  t0 = performance.now();
  const xlsx = await quarterlyReportXlsx(data);
  const xlsxMs = performance.now() - t0;

  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ("str" in i ? i.str : "")).join(" ") + " ";
  }
  const pages = doc.numPages;
  await doc.destroy();
  text = text.replace(/\s+/g, " ");
  console.log(
    `89 регионов, год: данные ${Math.round(dataMs)} мс, PDF ${Math.round(pdfMs)} мс (${pages} стр., ${Math.round(pdf.length / 1024)} КБ), ` +
      `XLSX ${Math.round(xlsxMs)} мс (${Math.round(xlsx.length / 1024)} КБ)`,
  );

  expect(data.matrix.regions.length).toBeGreaterThan(MAX_MATRIX_REGIONS);
  expect(text).toContain(`в таблице ${MAX_MATRIX_REGIONS} с наибольшим числом посещений`);
  expect(text).toContain("Прочие регионы");
  expect(text).toContain("на графике итоги кварталов по проекту");
  expect(text).toContain("Регион 89");
  expect(pages).toBeLessThan(20);
  expect(pdfMs).toBeLessThan(5_000); // ≈0,3–1 s measured; generous for a loaded machine

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
  const matrix = book.getWorksheet("Обмен между регионами")!;
  expect(matrix.getRow(1).cellCount).toBe(data.matrix.regions.length + 2);
  expect(matrix.rowCount).toBe(data.matrix.regions.length + 2);
});
