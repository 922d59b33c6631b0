"use server";
import { getSessionUser } from "@/lib/auth/session";
import { answerImportRequest } from "@/lib/bundle/bundle-request";
import { MAX_BUNDLE_BYTES, parseBundleJson } from "@/lib/bundle/read-bundle-json";
import { db } from "@/lib/infra/db/client";
import { AppError } from "@/lib/infra/errors/app-error";
import type { ImportUploadState } from "@/lib/infra/http/import-upload-state";

/** Загрузка пакета администратором: the same import and the same error list as the API and the CLI. */
export async function importUploadAction(_state: ImportUploadState, formData: FormData): Promise<ImportUploadState> {
  const answer = await answerImportRequest(db, await getSessionUser(), async () => {
    const file = formData.get("bundle");
    if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_REQUEST", "Выберите файл пакета (.json)");
    if (file.size > MAX_BUNDLE_BYTES) {
      throw new AppError(
        "BAD_REQUEST",
        `Файл больше ${MAX_BUNDLE_BYTES / 1024 / 1024} МБ: разделите пакет или используйте npm run import`,
      );
    }
    return parseBundleJson(await file.text());
  });
  if (answer.status === 200 && "counts" in answer.body) {
    return { ok: true, message: `Пакет «${answer.body.projectCode}» загружен`, counts: answer.body.counts };
  }
  const error = (answer.body as { error: { message: string; problems?: { path: string; message: string }[]; total?: number } })
    .error;
  return { ok: false, message: error.message, problems: error.problems, total: error.total };
}
