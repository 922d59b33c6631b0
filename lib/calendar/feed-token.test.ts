import { describe, expect, it } from "vitest";
import { signFeedToken, verifyFeedToken } from "./feed-token";

const SECRET = "test-secret";

describe("calendar feed token", () => {
  it("verifies a token it signed and names its user", () => {
    const token = signFeedToken("user1", SECRET);
    expect(token.startsWith("user1.")).toBe(true);
    expect(verifyFeedToken(token, SECRET)).toBe("user1");
  });

  it("refuses a tampered signature, a changed user, another secret and malformed tokens", () => {
    const token = signFeedToken("user1", SECRET);
    const sig = token.slice("user1.".length);
    const flipped = sig.slice(0, -1) + (sig.at(-1) === "A" ? "B" : "A");
    expect(verifyFeedToken(`user1.${flipped}`, SECRET)).toBeNull();
    expect(verifyFeedToken(`user2.${sig}`, SECRET)).toBeNull();
    expect(verifyFeedToken(`${token}x`, SECRET)).toBeNull();
    expect(verifyFeedToken(token, "other-secret")).toBeNull();
    for (const bad of ["", "user1", "user1.", ".abc", "user1.%%%"]) expect(verifyFeedToken(bad, SECRET)).toBeNull();
  });

  it("gives each user a different token", () => {
    const a = signFeedToken("user1", SECRET);
    const b = signFeedToken("user2", SECRET);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
    expect(verifyFeedToken(`user2.${a.split(".")[1]}`, SECRET)).toBeNull();
  });
});
