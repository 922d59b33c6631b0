// GET /participants/<id>/data.json — a participant's data for a request of the person (152-ФЗ), logged as an export.
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { fileDownload } from "@/lib/infra/http/file-download";
import { exportParticipantData } from "@/lib/personal-data/export-participant-data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getSessionUser();
  return fileDownload(async () => {
    const data = await exportParticipantData(db, user, id);
    return { body: JSON.stringify(data, null, 2), format: "json", fileName: `participant-${id}.json` };
  }, "Не удалось выгрузить данные участника");
}
