// GET /events/<id>/attendance.csv — лист посещаемости (ADMIN; COORDINATOR of the event's region).
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { attendanceDownload } from "@/lib/infra/http/attendance-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return attendanceDownload(db, await getSessionUser(), id, "csv");
}
