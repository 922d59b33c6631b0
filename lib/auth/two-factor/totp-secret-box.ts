// Ключ второго фактора в базе: TOTP secrets are stored sealed (AES-256-GCM) with a key derived from
// AUTH_SECRET, so a copy of the database or of a backup alone can't produce codes. Rows written before
// sealing hold the plain base32 secret, which never contains ":", and are still read. Changing AUTH_SECRET
// makes sealed secrets unreadable: those users sign in with a recovery code or get an administrator's reset.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../auth-secret";

const PREFIX = "v1:";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "kadry-portal", "totp-secret-box/v1", 32));
}

export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

/** The secret of a stored value; null when it was sealed with another AUTH_SECRET or altered. */
export function openTotpSecret(stored: string): string | null {
  if (!stored.startsWith(PREFIX)) return stored; // written before secrets were sealed
  const box = Buffer.from(stored.slice(PREFIX.length), "base64url");
  if (box.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), box.subarray(0, 12));
    decipher.setAuthTag(box.subarray(box.length - 16));
    return Buffer.concat([decipher.update(box.subarray(12, box.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
