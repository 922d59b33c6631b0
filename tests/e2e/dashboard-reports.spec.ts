// The quarterly report downloads from the dashboard: the ministry clicks the two links, the files open —
// the PDF's text (pdfjs-dist) carries the project's name in Cyrillic, the workbook has the KPI sheet.
// Roles without the dashboard get 403 from the same routes.
import fs from "node:fs";
import ExcelJS from "exceljs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, signIn, test } from "./fixtures";
import { E2E_PROJECT_CODE } from "./global-setup";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  await pdf.destroy();
  return parts.join(" ").replace(/\s+/g, " ");
}

test.describe("отчёт для скачивания", () => {
  test("министерство скачивает PDF и XLSX за квартал", async ({ page, seed, db }) => {
    const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
    const ministry = await seed.user({ role: "MINISTRY" });
    await signIn(page, ministry.email, ministry.password);
    await page.goto("/dashboard?year=2026&quarter=2");

    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Скачать отчёт (PDF)" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`kpi-report-${E2E_PROJECT_CODE}-2026-q2.pdf`);
    const pdfBytes = new Uint8Array(fs.readFileSync(await pdf.path()));
    expect(Buffer.from(pdfBytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await pdfText(pdfBytes);
    expect(text).toContain(project.name);
    expect(text).toContain("Показатели результатов проекта");

    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Скачать отчёт (XLSX)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`kpi-report-${E2E_PROJECT_CODE}-2026-q2.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(await xlsx.path()) as unknown as ExcelJS.Buffer);
    const kpi = book.getWorksheet("KPI");
    expect(kpi, "лист KPI").toBeDefined();
    expect(kpi!.getRow(1).getCell(1).value).toBe("Показатель");
    expect(kpi!.getRow(2).getCell(1).value).toBe("Проведено мероприятий");
  });

  test("участнику отчёт не отдаётся: 403", async ({ page, seed }) => {
    const participant = await seed.user({ role: "PARTICIPANT" });
    await signIn(page, participant.email, participant.password);
    for (const format of ["pdf", "xlsx"]) {
      const response = await page.request.get(`/dashboard/report.${format}?year=2026`);
      expect(response.status(), format).toBe(403);
      expect(await response.text()).toBe("Недостаточно прав для этого действия");
    }
  });
});
