// Кто пришёл с запросом: the client address and browser for the security log and the sign-in throttle.
// The address is the connection's peer unless it is a proxy named in TRUSTED_PROXIES
// (lib/infra/http/client-address.ts). Outside a request (CLI, tests) there is none.
import { headers } from "next/headers";
import { clientAddress, trustedProxies } from "../infra/http/client-address";
import { PEER_ADDRESS_HEADER } from "../infra/http/peer-address";

export type RequestClient = { ip: string | null; userAgent: string | null };

export function clientFromHeaders(h: Headers): RequestClient {
  return {
    ip: clientAddress(h.get(PEER_ADDRESS_HEADER), h.get("x-forwarded-for"), trustedProxies())?.slice(0, 100) ?? null,
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
