// Whose address the throttle and the security log record (issue 18, item 2): forwarded headers count only
// from configured proxies, and the right-most untrusted hop is the client.
import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("127.0.0.1");
const chain = parseTrustedProxies("127.0.0.1, 10.0.0.0/8 ::1");

describe("clientAddress", () => {
  it("without trusted proxies the connection's peer is the client, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", null, none)).toBe("198.51.100.7");
  });

  it("behind a trusted proxy the address it forwards is the client's", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.9", nginx)).toBe("203.0.113.9");
  });

  it("a client's own X-Forwarded-For entries left of the proxy's are not believed", () => {
    // the client sent «X-Forwarded-For: 192.0.2.1»; nginx appended the address it saw
    expect(clientAddress("127.0.0.1", "192.0.2.1, 203.0.113.9", nginx)).toBe("203.0.113.9");
  });

  it("several trusted hops are skipped from the right", () => {
    expect(clientAddress("::1", "192.0.2.1, 203.0.113.9, 10.1.2.3", chain)).toBe("203.0.113.9");
  });

  it("a request straight to the app from an untrusted address can't forge one", () => {
    expect(clientAddress("198.51.100.7", "127.0.0.1, 10.0.0.1", chain)).toBe("198.51.100.7");
  });

  it("garbage in X-Forwarded-For stops the walk at the last good hop", () => {
    expect(clientAddress("127.0.0.1", "<script>", nginx)).toBe("127.0.0.1");
  });

  it("no peer (outside a server): no address at all", () => {
    expect(clientAddress(null, "203.0.113.9", nginx)).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("a mistyped entry is an error naming it", () => {
    expect(() => parseTrustedProxies("127.0.0.1, 10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("nginx.local")).toThrow(/nginx\.local/);
  });

  it("addresses are compared as addresses", () => {
    expect(normalizeAddress("[::1]:443")).toBe("::1");
    expect(normalizeAddress("10.0.0.1:8080")).toBe("10.0.0.1");
    expect(chain.contains("::ffff:10.20.30.40")).toBe(true);
    expect(chain.contains("11.0.0.1")).toBe(false);
  });
});
