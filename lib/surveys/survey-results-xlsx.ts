// Результаты анкетирования as an Excel workbook, one sheet per table: summary, the rating distribution,
// the questions with their counts, and every free-text answer and comment (read in pages, not at once).
import "server-only";
import ExcelJS from "exceljs";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { formatDateTime } from "../infra/time/format-date";
import type { SurveyResults } from "./get-survey-results";
import { QUESTION_KIND_NAMES } from "./schemas";

const CHUNK = 1000;

function sheet(book: ExcelJS.Workbook, name: string, header: string[], widths: number[]) {
  const ws = book.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow(header).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return ws;
}

export async function surveyResultsXlsx(db: DbTx, results: SurveyResults): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Кадровый портал";
  const { event } = results;
  const zone = event.region.timezone;

  const summary = sheet(book, "Сводка", ["Показатель", "Значение"], [40, 60]);
  summary.addRows([
    ["Мероприятие", event.title],
    ["Регион", event.region.name],
    ["Начало", formatDateTime(event.startsAt, zone)],
    ["Присутствовали", results.attendees],
    ["Ответили на анкету", results.responses],
    ["Доля ответивших", results.responseRate === null ? "—" : `${Math.round(results.responseRate * 100)} %`],
    ["Средняя оценка удовлетворённости (1–5)", results.ratingMean ?? "—"],
  ]);

  const ratings = sheet(book, "Оценки", ["Оценка", "Ответов"], [12, 12]);
  for (const [value, n] of Object.entries(results.distribution)) ratings.addRow([Number(value), n]);

  const questions = sheet(
    book,
    "Вопросы",
    ["Вопрос", "Тип", "Ответили", "Вариант / оценка", "Ответов", "Среднее"],
    [60, 28, 12, 40, 12, 12],
  );
  for (const q of results.questions) {
    const entries = Object.entries(q.counts);
    if (!entries.length) questions.addRow([q.text, QUESTION_KIND_NAMES[q.kind], q.answered, "", "", ""]);
    for (const [i, [value, n]] of entries.entries()) {
      questions.addRow(
        i === 0 ? [q.text, QUESTION_KIND_NAMES[q.kind], q.answered, value, n, q.mean ?? ""] : ["", "", "", value, n, ""],
      );
    }
  }

  const texts = sheet(book, "Ответы и комментарии", ["Вопрос", "Ответ", "Оценка", "Изменён"], [50, 80, 10, 20]);
  const textQuestions = results.questions.filter((q) => q.kind === "text");
  for (let offset = 0; ; offset += CHUNK) {
    const rows = await db.$queryRaw<{ question: string | null; text: string; rating: number; updatedAt: Date }[]>(Prisma.sql`
      SELECT q.id AS question, f.answers ->> q.id AS text, f.rating, f."updatedAt"
        FROM "Feedback" f CROSS JOIN unnest(${textQuestions.map((q) => q.id)}::text[]) AS q(id)
       WHERE f."eventId" = ${event.id} AND jsonb_typeof(f.answers -> q.id) = 'string'
      UNION ALL
      SELECT NULL, f.comment, f.rating, f."updatedAt" FROM "Feedback" f WHERE f."eventId" = ${event.id} AND f.comment IS NOT NULL
      ORDER BY 1 NULLS LAST, 4 DESC, 2
      LIMIT ${CHUNK} OFFSET ${offset}`);
    for (const r of rows) {
      const question = r.question ? textQuestions.find((q) => q.id === r.question)!.text : "Комментарий";
      texts.addRow([question, r.text, r.rating, formatDateTime(r.updatedAt, zone)]);
    }
    if (rows.length < CHUNK) break;
  }
  for (const ws of book.worksheets) ws.eachRow((row) => (row.alignment = { vertical: "top", wrapText: true }));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
