// Лист посещаемости: the registered people (by ФИО), then the wait-list in queue order, with an empty
// «Подпись» column for printing. CSV for Excel in Russia: UTF-8 with BOM, ";" between cells, CRLF.
import "server-only";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { formatDateTime } from "../infra/time/format-date";
import { getManagedEvent } from "./managed-event";

export const ATTENDANCE_COLUMNS = [
  "№",
  "ФИО",
  "Категория",
  "Регион",
  "Организация",
  "Статус",
  "Отметка о посещении",
  "Подпись",
] as const;

export type AttendanceSheet = {
  event: { id: string; code: string; title: string; when: string; region: string };
  columns: readonly string[];
  rows: string[][];
};

export async function getAttendanceSheet(
  db: Db,
  actor: SessionUser | null,
  eventId: string,
  now = new Date(),
): Promise<AttendanceSheet> {
  const { event } = await getManagedEvent(db, actor, eventId);
  const registrations = await db.registration.findMany({
    where: { eventId: event.id, status: { in: ["registered", "waitlisted"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      status: true,
      attended: true,
      participant: {
        select: { fullName: true, organization: true, category: { select: { name: true } }, region: { select: { name: true } } },
      },
    },
  });
  const registered = registrations
    .filter((r) => r.status === "registered")
    .sort((a, b) => a.participant.fullName.localeCompare(b.participant.fullName, "ru"));
  const waiting = registrations.filter((r) => r.status === "waitlisted");
  const started = event.startsAt <= now;
  const rows = [...registered, ...waiting].map((r, i) => [
    String(i + 1),
    r.participant.fullName,
    r.participant.category.name,
    r.participant.region.name,
    r.participant.organization ?? "",
    r.status === "registered" ? "Записан(а)" : `Лист ожидания, № ${i + 1 - registered.length}`,
    // before the start the column is left for marks by hand
    r.status !== "registered" || !started ? "" : r.attended ? "Присутствовал(а)" : "Отсутствовал(а)",
    "",
  ]);
  const zone = event.region.timezone;
  return {
    event: {
      id: event.id,
      code: event.code,
      title: event.title,
      when: `${formatDateTime(event.startsAt, zone)} — ${formatDateTime(event.endsAt, zone)} (${zone})`,
      region: event.region.name,
    },
    columns: ATTENDANCE_COLUMNS,
    rows,
  };
}

/** The sheet as CSV text (starting with the BOM). Cells that a spreadsheet would run as formulas are defused. */
export function attendanceCsv(sheet: AttendanceSheet): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(";");
  return "\uFEFF" + [line(sheet.columns), ...sheet.rows.map(line)].join("\r\n") + "\r\n";
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name safe for Content-Disposition: the event code, ASCII only. */
export function attendanceFileName(sheet: AttendanceSheet, ext: "csv" | "xlsx"): string {
  const code = sheet.event.code.replace(/[^A-Za-z0-9._-]+/g, "_") || "event";
  return `attendance-${code}.${ext}`;
}
