// Лист посещаемости as an Excel workbook: the event title, date and region above the table.
import ExcelJS from "exceljs";
import type { AttendanceSheet } from "./attendance-sheet";

export const ATTENDANCE_SHEET_NAME = "Лист посещаемости";
const WIDTHS = [6, 36, 24, 22, 32, 22, 22, 18];

export async function attendanceXlsx(sheet: AttendanceSheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Кадровый портал";
  const ws = book.addWorksheet(ATTENDANCE_SHEET_NAME, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = sheet.columns.length;
  ws.addRow([`${ATTENDANCE_SHEET_NAME}: ${sheet.event.title}`]).font = { bold: true, size: 14 };
  ws.addRow([`Дата и время: ${sheet.event.when}`]);
  ws.addRow([`Регион: ${sheet.event.region}`]);
  for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, last);
  ws.addRow([]);
  const header = ws.addRow([...sheet.columns]);
  header.font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: header.number }];
  for (const cells of sheet.rows) ws.addRow(cells);
  const border = { style: "thin" as const };
  for (let r = header.number; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (r > header.number) row.height = 24;
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = { top: border, left: border, bottom: border, right: border };
      cell.alignment = { vertical: "middle", wrapText: true };
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
