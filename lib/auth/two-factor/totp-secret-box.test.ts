// TOTP secrets sealed with a key derived from AUTH_SECRET: they open with the same secret only.
import { afterEach, describe, expect, it } from "vitest";
import { openTotpSecret, sealTotpSecret } from "./totp-secret-box";
import { newTotpSecret } from "./totp-code";

const original = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = original;
});

describe("totp secret box", () => {
  it("opens what it sealed; the sealed value doesn't contain the secret and differs every time", () => {
    process.env.AUTH_SECRET = "secret-one-secret-one-secret-one-0123";
    const secret = newTotpSecret();
    const a = sealTotpSecret(secret);
    const b = sealTotpSecret(secret);
    expect(a).toMatch(/^v1:/);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(openTotpSecret(a)).toBe(secret);
    expect(openTotpSecret(b)).toBe(secret);
  });

  it("doesn't open with another AUTH_SECRET, altered or cut short", () => {
    process.env.AUTH_SECRET = "secret-one-secret-one-secret-one-0123";
    const sealed = sealTotpSecret(newTotpSecret());
    const body = Buffer.from(sealed.slice(3), "base64url");
    body[14] ^= 1;
    expect(openTotpSecret(`v1:${body.toString("base64url")}`)).toBeNull();
    expect(openTotpSecret(sealed.slice(0, 20))).toBeNull();
    process.env.AUTH_SECRET = "secret-two-secret-two-secret-two-0123";
    expect(openTotpSecret(sealed)).toBeNull();
  });

  it("reads a secret stored before sealing as it is", () => {
    const plain = newTotpSecret();
    expect(openTotpSecret(plain)).toBe(plain);
  });
});
