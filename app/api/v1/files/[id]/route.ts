// GET /api/v1/files/<id> — a stored upload, only for users who may see the record it is attached to
// (404 otherwise, the same as for a file that doesn't exist).
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { isAppError } from "@/lib/infra/errors/app-error";
import { openStoredFile } from "@/lib/files/open-stored-file";
import { storedFileResponse } from "@/lib/infra/http/stored-file-response";
import { recordRefusal } from "@/lib/security-log/record-refusal";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const { file, bytes } = await openStoredFile(db, await getSessionUser(), id);
    return storedFileResponse(file, bytes);
  } catch (error) {
    if (!isAppError(error)) console.error(error);
    await recordRefusal(error);
    const status = isAppError(error) ? error.status : 500;
    const text = isAppError(error) ? error.message : "Не удалось выдать файл: внутренняя ошибка";
    return new Response(text, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
}
