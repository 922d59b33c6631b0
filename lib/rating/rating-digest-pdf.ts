// Ежемесячный срез рейтинга в PDF (pdfkit, DejaVu Sans for Cyrillic), addressed to the regional ministers:
// the place table, the method, and who took the snapshot when. Built from the snapshot only.
import path from "node:path";
import PDFDocument from "pdfkit";
import { formatDateTime } from "../infra/time/format-date";
import type { RatingSnapshotView } from "./get-rating-snapshot";
import { dayMonthYear } from "../infra/time/day-month-year";
import { monthLabel } from "../infra/time/month-names";
import { days, percent } from "./rating-figures";
import { RATING_METHOD } from "./rating-method";

const FONT = path.join(process.cwd(), "assets/fonts/DejaVuSans.ttf");
const FONT_BOLD = path.join(process.cwd(), "assets/fonts/DejaVuSans-Bold.ttf");
const INK = "#111827";
const MUTED = "#4b5563";
const LINE = "#9ca3af";
const HEAD_FILL = "#e5e7eb";

const COLUMNS: { header: string; width: number; align?: "left" | "right" | "center" }[] = [
  { header: "Место", width: 40, align: "center" },
  { header: "Регион", width: 150 },
  { header: "В срок", width: 48, align: "right" },
  { header: "С опозд.", width: 50, align: "right" },
  { header: "Не исп.", width: 48, align: "right" },
  { header: "Доля в срок", width: 62, align: "right" },
  { header: "Ср. задержка, сут.", width: 66, align: "right" },
  { header: "Срок не наступил", width: 51, align: "right" },
];

export async function ratingDigestPdf(snapshot: RatingSnapshotView): Promise<Uint8Array> {
  const { data } = snapshot;
  const title = `Рейтинг эффективности регионального управления: ${monthLabel(data.year, data.month)}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 50, left: 40, right: 40 },
    font: FONT,
    lang: "ru-RU",
    displayTitle: true,
    info: { Title: `${title} — ${data.projectName}`, Author: "Кадровый портал", CreationDate: snapshot.takenAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const width = doc.page.width - 80;

  doc.font(FONT).fontSize(9).fillColor(MUTED);
  doc.text(
    `Руководителям органов исполнительной власти субъектов Российской Федерации — участников проекта «${data.projectName}»`,
    { width, align: "right" },
  );
  doc.moveDown(0.8).font(FONT_BOLD).fontSize(15).fillColor(INK).text(title, { width });
  doc
    .font(FONT)
    .fontSize(10)
    .text(
      `Проект «${data.projectName}». Поручения со сроком с ${dayMonthYear(data.from)} по ${dayMonthYear(data.to)} (часовой пояс ${data.timeZone}).`,
      { width },
    );
  doc.text(
    `Срез зафиксирован ${formatDateTime(snapshot.takenAt, data.timeZone)}${snapshot.takenBy ? `, ${snapshot.takenBy}` : ""}; более поздние изменения поручений его не меняют.`,
    { width },
  );
  doc.moveDown(0.8);

  const pad = 3;
  const drawRow = (cells: string[], bold: boolean, fill?: string) => {
    doc.font(bold ? FONT_BOLD : FONT).fontSize(8);
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: COLUMNS[i].width - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - 50) doc.addPage();
    const y = doc.y;
    let x = 40;
    for (const [i, column] of COLUMNS.entries()) {
      if (fill) doc.rect(x, y, column.width, height).fill(fill);
      doc.rect(x, y, column.width, height).lineWidth(0.5).strokeColor(LINE).stroke();
      doc.fillColor(INK).text(cells[i], x + pad, y + pad, { width: column.width - 2 * pad, align: column.align ?? "left" });
      x += column.width;
    }
    doc.x = 40;
    doc.y = y + height;
  };
  drawRow(
    COLUMNS.map((c) => c.header),
    true,
    HEAD_FILL,
  );
  for (const r of data.rows) {
    drawRow(
      [
        r.place === null ? "—" : String(r.place),
        r.regionName,
        String(r.onTime),
        String(r.late),
        String(r.missing),
        percent(r.sharePercent),
        days(r.averageDelayDays),
        String(r.pending),
      ],
      false,
    );
  }
  doc.moveDown(1).font(FONT_BOLD).fontSize(11).text("Методика", 40, doc.y, { width });
  doc.moveDown(0.3).font(FONT).fontSize(8.5);
  for (const line of RATING_METHOD) doc.text(`• ${line}`, { width, paragraphGap: 3 });
  doc.moveDown(0.5).fillColor(MUTED).fontSize(7.5).text(`Методика ${data.method}. Код проекта: ${data.projectCode}.`, { width });
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
