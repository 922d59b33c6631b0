// Next.js proxy (formerly middleware): security headers with a fresh CSP nonce on every request. The
// nonce also goes to the request's own CSP header, where Next.js reads it for the scripts it renders.
// While PostgreSQL does not answer, pages and the API get a 503 «Сервис временно недоступен» here
// (server actions pass: their forms report the failure and keep the input; /api/health reports it).
// Authorization is NOT here: every page, action and route checks it itself.
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "./lib/health/database-reachable";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./lib/http/security-headers";
import { unavailableResponse } from "./lib/http/unavailable-response";

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders(nonce, https);
  const { pathname } = request.nextUrl;
  if (!request.headers.has("next-action") && pathname !== "/api/health" && !(await databaseReachable())) {
    return unavailableResponse(pathname, headers);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // static files carry no script; everything else (pages, actions, API, downloads) gets the headers
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
