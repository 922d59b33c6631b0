// Резервные коды: ten random codes shown once; only their SHA-256 is stored (40 random bits each,
// so a fast hash is enough — there is nothing to brute-force offline in reasonable time per code
// while the sign-in throttle limits online guessing).
import { createHash, randomInt } from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Normalised before hashing: case, spaces and dashes don't matter when typing a code. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(normalised).digest("hex");
}
