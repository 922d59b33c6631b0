// Запечатанный текст: AES-256-GCM under a key derived from AUTH_SECRET by HKDF, one key per purpose, so a
// copy of the database or of a backup alone reveals nothing. Changing AUTH_SECRET makes sealed values
// unreadable (openSealed answers null). Used for TOTP keys and for e-mails that carry a secret link.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./auth-secret";

export const SEALED_PREFIX = "v1:";

function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "kadry-portal", purpose, 32));
}

export function seal(purpose: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

/** The text of a sealed value; null when it was sealed with another AUTH_SECRET or purpose, or altered. */
export function openSealed(purpose: string, stored: string): string | null {
  if (!stored.startsWith(SEALED_PREFIX)) return null;
  const box = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64url");
  if (box.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), box.subarray(0, 12));
    decipher.setAuthTag(box.subarray(box.length - 16));
    return Buffer.concat([decipher.update(box.subarray(12, box.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
