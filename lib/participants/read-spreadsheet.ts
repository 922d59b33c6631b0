// An uploaded participants file as rows of text cells: CSV (parse-csv.ts) or the first sheet of an XLSX.
import ExcelJS from "exceljs";
import { AppError } from "../infra/errors/app-error";
import { unpackZipWithin, ZipTooLargeError } from "../files/zip-entries";
import { parseCsv } from "./parse-csv";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
/** What an XLSX may unpack to; a real 5 000-row list is a few megabytes (zip bombs unpack to gigabytes). */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Refuses an XLSX that would unpack past the limit or has a sheet of more rows than may be imported,
 * before ExcelJS builds it in memory (issue 18, item 11).
 */
function checkXlsxSize(bytes: Uint8Array): void {
  let entries: Map<string, Buffer>;
  try {
    entries = unpackZipWithin(bytes, MAX_XLSX_UNPACKED_BYTES);
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      throw new AppError(
        "BAD_REQUEST",
        "Файл XLSX распаковывается в слишком большой объём: выгрузите список в CSV или разделите его",
      );
    }
    throw new AppError("BAD_REQUEST", "Не удалось прочитать файл XLSX: сохраните его в Excel заново или выгрузите в CSV");
  }
  for (const [name, xml] of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    // <row …> elements, one per stored row: counted in the raw XML, no parser involved
    const rows = xml.toString("latin1").match(/<(?:\w+:)?row[\s>]/g)?.length ?? 0;
    if (rows - 1 > MAX_IMPORT_ROWS) {
      throw new AppError("BAD_REQUEST", `В файле больше ${MAX_IMPORT_ROWS} строк: разделите его на части`);
    }
  }
}

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError("BAD_REQUEST", "Файл больше 5 МБ: разделите его на части");
  const isXlsx = /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  let rows: string[][];
  if (isXlsx) {
    checkXlsxSize(bytes);
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
