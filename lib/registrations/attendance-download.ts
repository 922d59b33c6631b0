// The attendance sheet as a file download for the route handlers (CSV or XLSX); errors as plain
// Russian text with their status (401 signed out, 403 another region, 404 no such event).
import type { Db } from "../db/client";
import type { SessionUser } from "../auth/permissions";
import { isAppError } from "../errors/app-error";
import { attendanceCsv, attendanceFileName, getAttendanceSheet } from "./attendance-sheet";
import { attendanceXlsx } from "./attendance-xlsx";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function attendanceDownload(
  db: Db,
  user: SessionUser | null,
  eventId: string,
  format: keyof typeof TYPES,
): Promise<Response> {
  try {
    const sheet = await getAttendanceSheet(db, user, eventId);
    const body = format === "csv" ? attendanceCsv(sheet) : new Uint8Array(await attendanceXlsx(sheet));
    return new Response(body, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="${attendanceFileName(sheet, format)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (!isAppError(error)) console.error(error);
    const status = isAppError(error) ? error.status : 500;
    const text = isAppError(error) ? error.message : "Не удалось сформировать лист посещаемости: внутренняя ошибка";
    return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
