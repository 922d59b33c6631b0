// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, one step of clock drift either way.
import "server-only";
import { generate, generateSecret, generateURI, verify } from "otplib";

export const TOTP_ISSUER = "Кадровый портал";

export function newTotpSecret(): string {
  return generateSecret({ length: 20 }); // 160 bits, as RFC 4226 recommends
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/**
 * The time step `code` belongs to, or null when it is wrong, malformed or not newer than
 * `afterStep` (a code once accepted is refused again).
 */
export async function matchTotpCode(
  secret: string,
  code: string,
  afterStep: number | null | undefined,
  now = Date.now(),
): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: 30,
    afterTimeStep: afterStep ?? undefined,
  });
  // otplib's result type covers HOTP too; a TOTP match carries its time step
  return result.valid && "timeStep" in result ? (result.timeStep as number) : null;
}

/** The current code (tests and the e2e suite play the authenticator app). */
export function totpCodeAt(secret: string, now = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now / 1000) });
}
