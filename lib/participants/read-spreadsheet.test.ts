// Issue 18, item 11: an uploaded XLSX is measured before ExcelJS builds it in memory — what it unpacks
// to (whatever sizes the archive claims) and how many rows each of its sheets holds.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../tests/helpers/zip-builder";
import { MAX_IMPORT_ROWS, MAX_XLSX_UNPACKED_BYTES, readSpreadsheet } from "./read-spreadsheet";

async function workbook(sheets: { name: string; rows: number }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(["ФИО", "Категория", "Регион"]);
    for (let i = 0; i < sheet.rows; i++) ws.addRow([`Участник ${i}`, "civil-servant", "YAR"]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const sheetXml = (size: number) => Buffer.alloc(size, " ");

describe("readSpreadsheet: XLSX limits", () => {
  it("reads an ordinary list", async () => {
    const rows = await readSpreadsheet("list.xlsx", await workbook([{ name: "Лист1", rows: 3 }]));
    expect(rows).toHaveLength(4);
    expect(rows[1][0]).toBe("Участник 0");
  });

  it("refuses a small archive that unpacks past the limit (a zip bomb)", async () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(MAX_XLSX_UNPACKED_BYTES + 1024) },
    ]);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expect(readSpreadsheet("bomb.xlsx", bomb)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/слишком большой объём/),
    });
  });

  it("the sizes the archive claims don't matter: what it really unpacks to does", async () => {
    const liar = buildZip([
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(MAX_XLSX_UNPACKED_BYTES + 1024), claimedSize: 100 },
    ]);
    await expect(readSpreadsheet("liar.xlsx", liar)).rejects.toMatchObject({
      message: expect.stringMatching(/слишком большой объём/),
    });
  });

  it("refuses a workbook with a sheet of more rows than may be imported, even if it is not the first", async () => {
    const book = await workbook([
      { name: "Список", rows: 2 },
      { name: "Архив", rows: MAX_IMPORT_ROWS + 1 },
    ]);
    await expect(readSpreadsheet("two-sheets.xlsx", book)).rejects.toMatchObject({
      message: `В файле больше ${MAX_IMPORT_ROWS} строк: разделите его на части`,
    });
  });
});
