// GET /rating/snapshots/<id>/digest.pdf — the month's frozen rating for the regional ministers (pdf).
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { fileDownload } from "@/lib/infra/http/file-download";
import { ratingDigestFile } from "@/lib/rating/rating-digest-file";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getSessionUser();
  return fileDownload(() => ratingDigestFile(db, user, id, "pdf"), "Не удалось сформировать срез рейтинга");
}
