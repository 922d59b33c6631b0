// A generated file as a download for route handlers (attendance sheets, survey results, reports): errors
// become plain Russian text with their status (401 signed out, 403 no access, 404 no such record).
import { isAppError } from "../errors/app-error";
import { contentDisposition } from "./content-disposition";
import { recordRefusal } from "../../security-log/record-refusal";

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
} as const;

export type DownloadFile = { body: string | Uint8Array; format: keyof typeof CONTENT_TYPES; fileName: string };

export async function fileDownload(produce: () => Promise<DownloadFile>, failure: string): Promise<Response> {
  try {
    const file = await produce();
    return new Response(file.body as BodyInit, {
      headers: {
        "Content-Type": CONTENT_TYPES[file.format],
        "Content-Disposition": contentDisposition(file.fileName),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (!isAppError(error)) console.error(error);
    await recordRefusal(error);
    const status = isAppError(error) ? error.status : 500;
    const text = isAppError(error) ? error.message : `${failure}: внутренняя ошибка`;
    return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
