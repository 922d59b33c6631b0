// The personal calendar feed's secret address: <userId>.<HMAC-SHA256(userId, AUTH_SECRET) base64url>.
// Nothing is stored: the token is checked by recomputing the signature (constant-time comparison).
// Changing AUTH_SECRET revokes every feed address.
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/auth-secret";

function signature(userId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`calendar-feed:${userId}`).digest();
}

export function signFeedToken(userId: string, secret: string = authSecret()): string {
  return `${userId}.${signature(userId, secret).toString("base64url")}`;
}

/** The user id the token was issued for, or null when it is malformed or the signature does not match. */
export function verifyFeedToken(token: string, secret: string = authSecret()): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || dot === token.length - 1) return null;
  const userId = token.slice(0, dot);
  // compared as text: base64url decoding is lenient, so a tampered string could decode to the same bytes
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(userId, secret).toString("base64url"));
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? userId : null;
}
