// GET /dashboard/report.pdf?year=…[&quarter=…][&mode=ytd] — квартальный отчёт в PDF (ADMIN, MINISTRY, COORDINATOR).
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { fileDownload } from "@/lib/infra/http/file-download";
import { quarterlyReportFile } from "@/lib/reports/quarterly-report-file";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const user = await getSessionUser();
  return fileDownload(() => quarterlyReportFile(db, user, params, "pdf"), "Не удалось сформировать отчёт");
}
