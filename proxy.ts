// Next.js proxy (formerly middleware): security headers with a fresh CSP nonce on every request. The
// nonce also goes to the request's own CSP header, where Next.js reads it for the scripts it renders.
// Authorization is NOT here: every page, action and route checks it itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./lib/http/security-headers";
import { STORED_FILE_CSP } from "./lib/files/stored-file-response";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // the path, for the security log's record of a refused request (a client can't forge it: it is set here)
  requestHeaders.set("x-request-path", request.nextUrl.pathname.slice(0, 300));
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const [name, value] of Object.entries(securityHeaders(nonce, https))) response.headers.set(name, value);
  // uploaded files (the proxy's headers win over the route's): nothing in them may run, even opened inline
  if (request.nextUrl.pathname.startsWith("/api/v1/files/")) response.headers.set("Content-Security-Policy", STORED_FILE_CSP);
  return response;
}

export const config = {
  // static files carry no script; everything else (pages, actions, API, downloads) gets the headers
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
