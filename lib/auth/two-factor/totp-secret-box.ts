// Ключ второго фактора в базе: TOTP secrets are stored sealed (lib/auth/secret-box.ts), so a copy of the
// database or of a backup alone can't produce codes. Rows written before sealing hold the plain base32
// secret, which never contains ":", and are still read. Changing AUTH_SECRET makes sealed secrets
// unreadable: those users sign in with a recovery code or get an administrator's reset.
import { openSealed, seal, SEALED_PREFIX } from "../secret-box";

const PURPOSE = "totp-secret-box/v1";

export function sealTotpSecret(secret: string): string {
  return seal(PURPOSE, secret);
}

/** The secret of a stored value; null when it was sealed with another AUTH_SECRET or altered. */
export function openTotpSecret(stored: string): string | null {
  if (!stored.startsWith(SEALED_PREFIX)) return stored; // written before secrets were sealed
  return openSealed(PURPOSE, stored);
}
