// Кто пришёл с запросом: the client address and browser for the security log. Outside a request
// (CLI, tests) there is none.
import { headers } from "next/headers";

export type RequestClient = { ip: string | null; userAgent: string | null };

export function clientFromHeaders(h: Headers): RequestClient {
  // set by the reverse proxy (docs/operations.md); without one there is no trustworthy client address
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || h.get("x-real-ip") || null)?.slice(0, 100) ?? null,
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}

export async function clientOfRequest(): Promise<RequestClient> {
  try {
    return clientFromHeaders(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}
