"use server";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { AppError, isAppError } from "@/lib/infra/errors/app-error";
import { importParticipants } from "@/lib/participants/import-participants";
import { PREVIEW_ERRORS, PREVIEW_ROWS, type ImportState } from "@/lib/participants/import-state";
import { getCurrentProject } from "@/lib/projects/current-project";
import { recordRefusal } from "@/lib/security-log/record-refusal";

/** Проверка (mode=preview) или запись (mode=write) файла участников. */
export async function importParticipantsAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_REQUEST", "Выберите файл CSV или XLSX");
    const project = await getCurrentProject(db);
    if (!project) throw new AppError("NOT_FOUND", "Проект ещё не создан");
    const write = formData.get("mode") === "write";
    const validOnly = formData.get("validOnly") === "on";
    const { preview, written } = await importParticipants(db, await getSessionUser(), {
      projectId: project.id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      write,
      validOnly,
    });
    const message = written
      ? `Записано: создано ${written.created}, изменено ${written.updated}${preview.invalidCount ? `; пропущено строк с ошибками: ${preview.invalidCount}` : ""}`
      : write
        ? `Ничего не записано: строк с ошибками — ${preview.invalidCount}. Исправьте файл или отметьте «записать только верные строки».`
        : `Проверено строк: ${preview.rows.length}, верных: ${preview.validCount}, с ошибками: ${preview.invalidCount}. Файл не записан.`;
    if (written) revalidatePath("/participants");
    return {
      ok: !!written || preview.invalidCount === 0,
      message,
      rows: preview.rows.slice(0, PREVIEW_ROWS).map(({ categoryId: _c, regionId: _r, existingId: _e, ...row }) => row),
      errors: preview.errors.slice(0, PREVIEW_ERRORS),
      rowCount: preview.rows.length,
      validCount: preview.validCount,
      invalidCount: preview.invalidCount,
      written,
    };
  } catch (error) {
    if (isAppError(error)) {
      await recordRefusal(error);
      return { ok: false, message: error.message };
    }
    console.error(error);
    return { ok: false, message: "Не удалось обработать файл: внутренняя ошибка" };
  }
}
