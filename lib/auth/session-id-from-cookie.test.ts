// The session cookie decoded as Auth.js decodes it: a token made by Auth.js's own `encode` names its
// session; a tampered, expired, differently salted or foreign-secret token names none.
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionIdFromCookie } from "./session-id-from-cookie";

const SECRET = "test-secret-for-session-cookie-0123456789";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  vi.useRealTimers();
});

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined),
});
const token = (sid: string, opts: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({
    token: { sub: "u1", sid },
    salt: opts.salt ?? "authjs.session-token",
    secret: opts.secret ?? SECRET,
    maxAge: opts.maxAge ?? 3600,
  });

describe("sessionIdFromCookie", () => {
  it("names the session of a token Auth.js made, over HTTP and HTTPS", async () => {
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": await token("s-1") }))).toBe("s-1");
    const secure = await token("s-2", { salt: "__Secure-authjs.session-token" });
    expect(await sessionIdFromCookie(jar({ "__Secure-authjs.session-token": secure }))).toBe("s-2");
    // asked again: the remembered answer is the same
    expect(await sessionIdFromCookie(jar({ "__Secure-authjs.session-token": secure }))).toBe("s-2");
  });

  it("names no session without a cookie or for a bad token", async () => {
    expect(await sessionIdFromCookie(jar({}))).toBeNull();
    const good = await token("s-3");
    const tampered = good.slice(0, -6) + (good.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": tampered }))).toBeNull();
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": "not-a-token" }))).toBeNull();
    // made for the other cookie name (salt) or with another secret
    const otherSalt = await token("s-4", { salt: "__Secure-authjs.session-token" });
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": otherSalt }))).toBeNull();
    const otherSecret = await token("s-5", { secret: "another-secret-another-secret-0123456789" });
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": otherSecret }))).toBeNull();
  });

  it("names no session once the token has expired, even after it was remembered", async () => {
    const expired = await token("s-6", { maxAge: -60 });
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": expired }))).toBeNull();
    const shortLived = await token("s-7", { maxAge: 60 });
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": shortLived }))).toBe("s-7");
    // past its expiry and Auth.js's 15 s of clock tolerance
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 90_000);
    expect(await sessionIdFromCookie(jar({ "authjs.session-token": shortLived }))).toBeNull();
  });
});
