// Свои данные as an Excel workbook: profile, registrations and feedback on three sheets.
import ExcelJS from "exceljs";
import type { MyData } from "./get-my-data";

export async function myDataXlsx(data: MyData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Кадровый портал";
  const sheet = (name: string, header: string[]) => {
    const ws = book.addWorksheet(name);
    ws.columns = header.map(() => ({ width: 28 }));
    ws.addRow(header).font = { bold: true };
    return ws;
  };
  const profile = sheet("Профиль", [
    "Проект",
    "Код",
    "ФИО",
    "E-mail",
    "Телефон",
    "Организация",
    "Должность",
    "Категория",
    "Регион",
    "Согласие (дата)",
    "Версия согласия",
    "Запрошено удаление",
  ]);
  const registrations = sheet("Регистрации", ["Проект", "Мероприятие", "Начало (UTC)", "Статус", "Присутствовал(а)"]);
  const feedback = sheet("Оценки", ["Проект", "Мероприятие", "Оценка", "Комментарий", "Изменена (UTC)"]);
  for (const p of data.participants) {
    profile.addRow([
      p.project,
      p.code,
      p.fullName,
      p.email ?? "",
      p.phone ?? "",
      p.organization ?? "",
      p.position ?? "",
      p.category,
      p.region,
      p.consentAt ?? "",
      p.consentVersion ?? "",
      p.deletionRequestedAt ?? "",
    ]);
    for (const r of p.registrations) registrations.addRow([p.project, r.event, r.startsAt, r.status, r.attended ? "да" : "нет"]);
    for (const f of p.feedback) feedback.addRow([p.project, f.event, f.rating, f.comment ?? "", f.updatedAt]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
