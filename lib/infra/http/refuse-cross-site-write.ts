// Route handlers that change data with the session cookie (POST /api/v1/import) are reachable from any
// site's form or script in the user's browser: SameSite=Lax stops cookies on a cross-site POST only in
// browsers that honour it. So a write is refused when the browser says it comes from another site
// (Sec-Fetch-Site, Origin), and only JSON is taken, which a plain HTML form can't send. Scripts and the
// CLI (no Origin, no Sec-Fetch-Site) are unaffected. Server actions get the same check from Next.js.
import { AppError } from "../errors/app-error";
import { appUrl } from "./app-url";

export function refuseCrossSiteWrite(headers: Headers, portalOrigin = new URL(appUrl()).origin): void {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  if ((site && site !== "same-origin" && site !== "none") || (origin && origin !== portalOrigin)) {
    throw new AppError("FORBIDDEN", "Запрос с другого сайта отклонён: отправьте его со страниц портала");
  }
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Ожидался пакет в формате JSON (Content-Type: application/json)");
  }
}
