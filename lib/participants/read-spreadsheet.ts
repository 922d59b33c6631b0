// An uploaded participants file as rows of text cells: CSV (parse-csv.ts) or the first sheet of an XLSX.
import ExcelJS from "exceljs";
import { AppError } from "../errors/app-error";
import { parseCsv } from "./parse-csv";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError("BAD_REQUEST", "Файл больше 5 МБ: разделите его на части");
  const isXlsx = /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  let rows: string[][];
  if (isXlsx) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch {
      throw new AppError("BAD_REQUEST", "Не удалось прочитать файл XLSX: сохраните его в Excel заново или выгрузите в CSV");
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new AppError("BAD_REQUEST", "В файле XLSX нет ни одного листа");
    rows = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? "");
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  } else {
    rows = parseCsv(new TextDecoder("utf-8").decode(bytes));
  }
  if (rows.length - 1 > MAX_IMPORT_ROWS) {
    throw new AppError("BAD_REQUEST", `В файле больше ${MAX_IMPORT_ROWS} строк: разделите его на части`);
  }
  return rows;
}
