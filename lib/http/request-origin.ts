// The public origin (scheme://host) the browser used, for absolute links such as the calendar feed
// address: the reverse proxy's X-Forwarded-* headers (docs/operations.md), else Host.
export function requestOrigin(headers: Headers): string {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost:3000";
  return `${proto}://${host}`;
}
