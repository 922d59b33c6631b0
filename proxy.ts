// Next.js proxy (formerly middleware): security headers with a fresh CSP nonce on every request. The
// nonce also goes to the request's own CSP header, where Next.js reads it for the scripts it renders.
// While PostgreSQL does not answer, pages and the API get a 503 «Сервис временно недоступен» here
// (server actions pass: their forms report the failure and keep the input; /api/health reports it).
// Authorization is NOT here: every page, action and route checks it itself.
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "./lib/infra/health/database-reachable";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./lib/infra/http/security-headers";
import { STORED_FILE_CSP } from "./lib/infra/http/stored-file-response";
import { unavailableResponse } from "./lib/infra/http/unavailable-response";

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
  // the path, for the security log's record of a refused request (a client can't forge it: it is set here)
  requestHeaders.set("x-request-path", request.nextUrl.pathname.slice(0, 300));
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // uploaded files (the proxy's headers win over the route's): nothing in them may run, even opened inline
  if (pathname.startsWith("/api/v1/files/")) response.headers.set("Content-Security-Policy", STORED_FILE_CSP);
  return response;
}

export const config = {
  // static files carry no script; everything else (pages, actions, API, downloads) gets the headers
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
