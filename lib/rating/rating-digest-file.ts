// The digest download of a snapshot (route handlers): PDF or XLSX, named by project and month.
import "server-only";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import type { DownloadFile } from "../infra/http/file-download";
import { getRatingSnapshot } from "./get-rating-snapshot";
import { ratingDigestPdf } from "./rating-digest-pdf";
import { ratingDigestXlsx } from "./rating-digest-xlsx";

export async function ratingDigestFile(
  db: Db,
  actor: SessionUser | null,
  id: string,
  format: "pdf" | "xlsx",
): Promise<DownloadFile> {
  const snapshot = await getRatingSnapshot(db, actor, id);
  const { data } = snapshot;
  const fileName = `Рейтинг регионов ${data.projectCode} ${data.year}-${String(data.month).padStart(2, "0")}.${format}`;
  const body = format === "pdf" ? await ratingDigestPdf(snapshot) : await ratingDigestXlsx(snapshot);
  return { body, format, fileName };
}
