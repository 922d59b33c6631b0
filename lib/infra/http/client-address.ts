// Адрес клиента for the sign-in throttle and the security log (issue 18, item 2). Forwarded headers are
// written by whoever sends the request, so they count only when they come from a proxy named in
// TRUSTED_PROXIES (addresses or CIDRs, e.g. "127.0.0.1, 10.0.0.0/8"; default: none). The chain is
// X-Forwarded-For's entries followed by the connection's own peer; walking it from the right, trusted
// proxies are skipped and the first untrusted address is the client's.
import net from "node:net";

export type TrustedProxies = { contains(address: string): boolean };

/** Parses TRUSTED_PROXIES; throws on an entry that is not an address or a CIDR, so a typo is not silent. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    const prefix = bits === undefined ? (family === "ipv4" ? 32 : 128) : Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === "ipv4" ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: «${entry}» — не IP-адрес и не подсеть CIDR (not an address or a CIDR)`);
    }
    list.addSubnet(address, prefix, family);
  }
  return { contains: (address) => contains(list, address) };
}

function contains(list: net.BlockList, address: string): boolean {
  const plain = normalizeAddress(address);
  if (!plain) return false;
  return list.check(plain, net.isIPv4(plain) ? "ipv4" : "ipv6");
}

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) as IPv4; brackets and ports of "[::1]:443" dropped; null if not an IP. */
export function normalizeAddress(address: string | null | undefined): string | null {
  let a = (address ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1];
  return net.isIP(a) ? a.toLowerCase() : null;
}

/** The client's address, or null when the connection's peer is unknown (outside a server). */
export function clientAddress(peer: string | null, forwardedFor: string | null, trusted: TrustedProxies): string | null {
  const direct = normalizeAddress(peer);
  if (!direct) return null;
  const chain = [...(forwardedFor ?? "").split(","), direct];
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(chain[i]);
    // a malformed entry left of a trusted proxy was written by someone we don't trust: stop at the last good one
    if (!hop) return normalizeAddress(chain[i + 1]);
    if (!trusted.contains(hop) || i === 0) return hop;
  }
  return direct;
}

let cached: { value: string | undefined; proxies: TrustedProxies } | null = null;

/** TRUSTED_PROXIES of this process, parsed once per value. */
export function trustedProxies(): TrustedProxies {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, proxies: parseTrustedProxies(value) };
  return cached.proxies;
}
