// Ежемесячный срез рейтинга в XLSX: the same table with numbers as numbers, and the method on a sheet.
import ExcelJS from "exceljs";
import { formatDateTime } from "../infra/time/format-date";
import type { RatingSnapshotView } from "./get-rating-snapshot";
import { dayMonthYear } from "../infra/time/day-month-year";
import { monthLabel } from "../infra/time/month-names";
import { RATING_METHOD } from "./rating-method";

export async function ratingDigestXlsx(snapshot: RatingSnapshotView): Promise<Uint8Array> {
  const { data } = snapshot;
  const book = new ExcelJS.Workbook();
  book.creator = "Кадровый портал";
  book.created = snapshot.takenAt;
  book.title = `Рейтинг эффективности регионального управления: ${monthLabel(data.year, data.month)}`;
  const ws = book.addWorksheet("Рейтинг");
  ws.columns = [8, 32, 10, 14, 14, 16, 20, 18, 10].map((width) => ({ width }));
  ws.addRow([
    "Место",
    "Регион",
    "В срок",
    "С опозданием",
    "Не исполнено",
    "Доля в срок, %",
    "Средняя задержка, сут.",
    "Срок не наступил",
    "Код",
  ]).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of data.rows) {
    ws.addRow([r.place, r.regionName, r.onTime, r.late, r.missing, r.sharePercent, r.averageDelayDays, r.pending, r.regionCode]);
  }
  const about = book.addWorksheet("Методика");
  about.columns = [{ width: 24 }, { width: 120 }];
  about.addRows([
    ["Проект", `${data.projectName} (${data.projectCode})`],
    ["Месяц", `${monthLabel(data.year, data.month)}: ${dayMonthYear(data.from)} — ${dayMonthYear(data.to)}`],
    ["Часовой пояс", data.timeZone],
    ["Срез зафиксирован", `${formatDateTime(snapshot.takenAt, data.timeZone)}${snapshot.takenBy ? `, ${snapshot.takenBy}` : ""}`],
    ["Методика", data.method],
    [],
    ...RATING_METHOD.map((line, i) => [`${i + 1}`, line]),
  ]);
  about.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
