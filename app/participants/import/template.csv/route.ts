// GET /participants/import/template.csv — the header row of the participants import and one sample row.
import { requirePermission } from "@/lib/auth/session";
import { fileDownload } from "@/lib/infra/http/file-download";
import { IMPORT_TEMPLATE_CSV } from "@/lib/participants/import-columns";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return fileDownload(async () => {
    await requirePermission("participant.manage");
    return { body: IMPORT_TEMPLATE_CSV, format: "csv", fileName: "участники-шаблон.csv" };
  }, "Не удалось сформировать шаблон");
}
