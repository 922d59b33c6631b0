// Which server-side session the request's cookie names. The cookie is Auth.js's encrypted JWT; it is
// decoded here the way Auth.js decodes it (`decode` from next-auth/jwt, salted with the cookie's name),
// without `auth()`'s round trip through its HTTP handler, which also encrypts a renewed cookie that a
// server component or route can't set anyway — about a fifth of the CPU of a small API answer.
// Decoded tokens are remembered (a token string always decodes to the same payload; its expiry is still
// checked): nothing here needs to agree between instances, the session row decides (load-session-user.ts).
import { decode } from "next-auth/jwt";
import { authSecret } from "./auth-secret";

/** Auth.js's session cookie: `__Secure-` behind HTTPS. */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const REMEMBERED = 10_000;

type Decoded = { sid: string | null; expiresAt: number };
const remembered = new Map<string, Decoded>();

export async function sessionIdFromCookie(cookies: { get(name: string): { value: string } | undefined }): Promise<string | null> {
  for (const name of COOKIE_NAMES) {
    const token = cookies.get(name)?.value;
    if (token) return decodeSessionToken(token, name);
  }
  return null;
}

async function decodeSessionToken(token: string, salt: string): Promise<string | null> {
  const key = `${salt}:${token}`;
  const known = remembered.get(key);
  if (known && known.expiresAt > Date.now()) return known.sid;
  let payload: { exp?: unknown; sid?: unknown } | null;
  try {
    payload = await decode({ token, salt, secret: authSecret() });
  } catch {
    return null; // tampered, expired, or made with another secret: signed out
  }
  if (!payload || typeof payload.exp !== "number") return null;
  const decoded = { sid: typeof payload.sid === "string" ? payload.sid : null, expiresAt: payload.exp * 1000 };
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, decoded);
  return decoded.sid;
}
