// Issue 18, item 10: the import route takes JSON from the portal's own pages or from scripts, never a
// write sent by another site.
import { describe, expect, it } from "vitest";
import { refuseCrossSiteWrite } from "./refuse-cross-site-write";

const PORTAL = "https://kadry.example.gov.ru";
const check = (headers: Record<string, string>) => () => refuseCrossSiteWrite(new Headers(headers), PORTAL);
const json = { "content-type": "application/json; charset=utf-8" };

describe("refuseCrossSiteWrite", () => {
  it("takes JSON from a script (no Origin) and from the portal's own pages", () => {
    expect(check(json)).not.toThrow();
    expect(check({ ...json, origin: PORTAL, "sec-fetch-site": "same-origin" })).not.toThrow();
  });

  it("refuses a write another site's page makes in the user's browser", () => {
    expect(check({ ...json, origin: "https://evil.example" })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(check({ ...json, "sec-fetch-site": "cross-site" })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(check({ ...json, "sec-fetch-site": "same-site", origin: "https://sub.kadry.example.gov.ru" })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });

  it("refuses what an HTML form can send: form encodings and text/plain", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(check({ "content-type": type })).toThrow(expect.objectContaining({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415 }));
    }
    expect(check({})).toThrow(expect.objectContaining({ code: "UNSUPPORTED_MEDIA_TYPE" }));
  });
});
