// The download of a stored file: always an attachment under its original name, its verified type, no
// sniffing, and a CSP that lets nothing in it run even if a browser opened it inline.
import { contentDisposition } from "./content-disposition";

export const STORED_FILE_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export function storedFileResponse(file: { originalName: string; mimeType: string; size: number }, bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": STORED_FILE_CSP,
      "Cache-Control": "private, no-store",
    },
  });
}
