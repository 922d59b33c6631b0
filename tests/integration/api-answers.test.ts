// The HTTP contracts without HTTP: the answers the route handlers pass through (kpi-report.md,
// bundle-format.md): 200 / 400 / 401 / 403 / 404 / 413 / 422 and the JSON error shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerExportRequest, answerImportRequest } from "../../lib/bundle/bundle-request";
import { readBundleRequest } from "../../lib/bundle/read-bundle-json";
import { answerKpiRequest } from "../../lib/kpi/kpi-request";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeBundle, snapshot } from "../helpers/bundle-builder";
import { sessionUser } from "../helpers/factories";

let t: TestDatabase;
const bundle = makeBundle();
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const admin = sessionUser("ADMIN");
const errorCode = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe("POST /api/v1/import", () => {
  it("401 without a user, 403 for MINISTRY; the body is not even read", async () => {
    let read = 0;
    const readBody = async () => (read++, bundle);
    expect((await answerImportRequest(t.db, null, readBody)).status).toBe(401);
    expect((await answerImportRequest(t.db, sessionUser("MINISTRY"), readBody)).status).toBe(403);
    expect(read).toBe(0);
  });
  it("422 with every problem and its path; nothing written", async () => {
    const bad = makeBundle();
    bad.events[0].regionCode = "YAR2";
    const before = await snapshot(t.db);
    const answer = await answerImportRequest(t.db, admin, async () => bad);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      error: { code: "VALIDATION", problems: [{ path: "events[0].regionCode", message: 'неизвестный регион "YAR2"' }] },
    });
    expect(await snapshot(t.db)).toEqual(before);
  });
  it("400 for malformed JSON, 413 for a body over the limit", async () => {
    const malformed = new Request("http://x/api/v1/import", { method: "POST", body: '{"format": "kadry-bundle/1",' });
    const a = await answerImportRequest(t.db, admin, () => readBundleRequest(malformed));
    expect(a.status).toBe(400);
    expect(errorCode(a.body).message).toMatch(/не является корректным JSON/);
    const huge = new Request("http://x/api/v1/import", {
      method: "POST",
      body: "{}",
      headers: { "content-length": String(200 * 1024 * 1024) },
    });
    const b = await answerImportRequest(t.db, admin, () => readBundleRequest(huge));
    expect(b.status).toBe(413);
    expect(errorCode(b.body).message).toMatch(/200 МБ; предел — 160 МБ/);
  });
  it("200 with the counts, and an audit row naming the administrator", async () => {
    const user = await t.db.user.create({
      data: { email: `admin-${bundle.project.code}@example.ru`, fullName: "Админ", passwordHash: "x", role: "ADMIN" },
    });
    const answer = await answerImportRequest(t.db, { ...admin, id: user.id }, () =>
      readBundleRequest(new Request("http://x/api/v1/import", { method: "POST", body: JSON.stringify(bundle) })),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ projectCode: bundle.project.code, counts: { events: { received: 2, created: 2 } } });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "Bundle", entityId: bundle.project.code } });
    expect(audit).toMatchObject({ action: "import", userId: user.id, after: { registrations: { created: 4 } } });
  });
});

describe("GET /api/v1/projects/<code>/bundle", () => {
  it("ADMIN and MINISTRY export; COORDINATOR 403; unknown project 404", async () => {
    expect((await answerExportRequest(t.db, sessionUser("MINISTRY"), bundle.project.code)).status).toBe(200);
    expect((await answerExportRequest(t.db, sessionUser("COORDINATOR"), bundle.project.code)).status).toBe(403);
    expect((await answerExportRequest(t.db, null, bundle.project.code)).status).toBe(401);
    const missing = await answerExportRequest(t.db, admin, "no-such-project");
    expect(missing.status).toBe(404);
    expect(errorCode(missing.body)).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("GET /api/v1/projects/<code>/kpi", () => {
  const ask = (user: ReturnType<typeof sessionUser> | null, params: Record<string, string>, code = bundle.project.code) =>
    answerKpiRequest(t.db, user, code, new URLSearchParams(params));

  it("401, 403 for PARTICIPANT and EXPERT; ADMIN, MINISTRY and COORDINATOR read it", async () => {
    expect((await ask(null, { year: "2026" })).status).toBe(401);
    expect((await ask(sessionUser("PARTICIPANT"), { year: "2026" })).status).toBe(403);
    expect((await ask(sessionUser("EXPERT"), { year: "2026" })).status).toBe(403);
    for (const role of ["ADMIN", "MINISTRY", "COORDINATOR"] as const) {
      const answer = await ask(sessionUser(role), { year: "2026", quarter: "2" });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ format: "kadry-kpi/1", period: { quarter: 2, from: "2026-04-01", to: "2026-06-30" } });
    }
  });
  it("404 for an unknown project", async () => {
    const answer = await ask(admin, { year: "2026" }, "no-such-project");
    expect(answer.status).toBe(404);
    expect(errorCode(answer.body).message).toMatch(/не найден/);
  });
  it.each([
    [{}, /Укажите год/],
    [{ year: "26" }, /четыре цифры/],
    [{ year: "2026", quarter: "5" }, /от 1 до 4/],
    [{ year: "2026", quarter: "two" }, /от 1 до 4/],
    [{ year: "2026", quarter: "1", cumulative: "yes" }, /true или false/],
  ])("400 for %j", async (params, message) => {
    const answer = await ask(admin, params);
    expect(answer.status).toBe(400);
    expect(errorCode(answer.body)).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
  });
  it("cumulative=true with a quarter is year-to-date; without one, the whole year", async () => {
    const ytd = await ask(admin, { year: "2026", quarter: "2", cumulative: "true" });
    expect(ytd.body).toMatchObject({ period: { quarter: 2, cumulative: true, from: "2026-01-01", to: "2026-06-30" } });
    const year = await ask(admin, { year: "2026", cumulative: "true" });
    expect(year.body).toMatchObject({ period: { quarter: null, cumulative: false, from: "2026-01-01", to: "2026-12-31" } });
  });
});
