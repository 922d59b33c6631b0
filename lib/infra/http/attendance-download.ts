// The attendance sheet as a file download for the route handlers (CSV or XLSX).
import "server-only";
import type { Db } from "../db/client";
import type { SessionUser } from "../../auth/permissions";
import { fileDownload } from "./file-download";
import { attendanceCsv, attendanceFileName, getAttendanceSheet } from "../../registrations/attendance-sheet";
import { attendanceXlsx } from "../../registrations/attendance-xlsx";

export function attendanceDownload(db: Db, user: SessionUser | null, eventId: string, format: "csv" | "xlsx"): Promise<Response> {
  return fileDownload(async () => {
    const sheet = await getAttendanceSheet(db, user, eventId);
    const body = format === "csv" ? attendanceCsv(sheet) : new Uint8Array(await attendanceXlsx(sheet));
    return { body, format, fileName: attendanceFileName(sheet, format) };
  }, "Не удалось сформировать лист посещаемости");
}
