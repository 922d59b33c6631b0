// The KPI and bundle HTTP API over real HTTP against the running app (/api/v1/projects/<code>/kpi,
// POST /api/v1/import, GET /api/v1/projects/<code>/bundle): roles, parameter errors, the golden sample
// imported and its reports compared with the expected ones, and the dashboard showing the API's numbers.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import type { Role } from "@prisma/client";
import { expect, signIn, test, uniqueId, type Seed } from "./fixtures";
import { E2E_PROJECT_CODE } from "./global-setup";
import { fixturesDir } from "../helpers/contract-fixtures";

type Json = Record<string, unknown>;
type KpiReport = {
  format: string;
  project: string;
  period: { year: number; quarter: number | null; cumulative: boolean; from: string; to: string; timezone: string };
  indicators: Record<
    string,
    { value: number | null; target: number; met: boolean; byRegion?: Record<string, number>; responses?: number }
  >;
};
type SampleBundle = { format: string; project: { code: string } & Json } & Record<string, unknown>;

const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), "utf8")) as T;
const sampleBundle = () => readJson<SampleBundle>("golden-ring-sample.json");
const expectedReports = () => readJson<KpiReport[]>("golden-ring-sample.kpi.json");

const LISTS = [
  "regions",
  "categories",
  "directions",
  "experts",
  "participants",
  "events",
  "registrations",
  "feedback",
  "informationResources",
  "publications",
];

/** The sample bundle under a project code of its own, so runs and tests never share a project. */
function sampleAs(code: string): SampleBundle {
  const bundle = sampleBundle();
  bundle.project = { ...bundle.project, code };
  return bundle;
}

const kpiUrl = (code: string, query: string) => `/api/v1/projects/${encodeURIComponent(code)}/kpi?${query}`;

function periodQuery(period: KpiReport["period"]): string {
  const query = new URLSearchParams({ year: String(period.year) });
  if (period.quarter !== null) query.set("quarter", String(period.quarter));
  if (period.cumulative) query.set("cumulative", "true");
  return query.toString();
}

const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

/** A signed-in API client of a freshly seeded user with `role` (its own browser context, so roles never share a cookie). */
async function apiAs(browser: Browser, seed: Seed, role: Role): Promise<APIRequestContext> {
  const user = await seed.user({ role });
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  openContexts.push(context);
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return context.request;
}

test.describe("GET /api/v1/projects/<code>/kpi", () => {
  test("без сеанса — 401 в JSON", async ({ request }) => {
    const response = await request.get(kpiUrl(E2E_PROJECT_CODE, "year=2026"), { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAUTHORIZED");
    expect(body.error.message).toBeTruthy();
  });

  test("участник — 403; координатор, министерство и администратор — 200 kadry-kpi/1", async ({ browser, seed }) => {
    const participant = await apiAs(browser, seed, "PARTICIPANT");
    const denied = await participant.get(kpiUrl(E2E_PROJECT_CODE, "year=2026"));
    expect(denied.status()).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");

    for (const role of ["COORDINATOR", "MINISTRY", "ADMIN"] as const) {
      const api = await apiAs(browser, seed, role);
      const response = await api.get(kpiUrl(E2E_PROJECT_CODE, "year=2026&quarter=2&cumulative=true"));
      expect(response.status(), role).toBe(200);
      expect(response.headers()["cache-control"], role).toContain("no-store");
      const report = (await response.json()) as KpiReport;
      expect(report.format, role).toBe("kadry-kpi/1");
      expect(report.project, role).toBe(E2E_PROJECT_CODE);
      expect(report.period, role).toEqual({
        year: 2026,
        quarter: 2,
        cumulative: true,
        from: "2026-01-01",
        to: "2026-06-30",
        timezone: "Europe/Moscow",
      });
      expect(Object.keys(report.indicators).sort(), role).toEqual([
        "categoriesCovered",
        "directionsCovered",
        "eventsHeld",
        "expertsPerRegion",
        "infoResourcesPerRegion",
        "satisfactionAvg",
      ]);
    }
  });

  test("неизвестный проект — 404, неверные параметры — 400 с сообщением", async ({ browser, seed }) => {
    const api = await apiAs(browser, seed, "MINISTRY");

    const unknown = await api.get(kpiUrl(`net-takogo-${uniqueId().toLowerCase()}`, "year=2026"));
    expect(unknown.status()).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");

    const cases: [query: string, field: string, message: RegExp][] = [
      ["year=2026&quarter=5", "quarter", /Квартал — число от 1 до 4/],
      ["year=abc", "year", /Год — четыре цифры/],
      ["quarter=1", "year", /Укажите год/],
      ["year=2026&cumulative=maybe", "cumulative", /cumulative — true или false/],
    ];
    for (const [query, field, message] of cases) {
      const response = await api.get(kpiUrl(E2E_PROJECT_CODE, query));
      expect(response.status(), query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string; details?: Record<string, string[]> } };
      expect(body.error.code, query).toBe("BAD_REQUEST");
      expect(body.error.message, query).toMatch(message);
      expect(body.error.details?.[field]?.join("; "), query).toMatch(message);
    }
  });
});

test.describe("образец «Золотое кольцо»: импорт по HTTP, показатели, выгрузка", () => {
  test.describe.configure({ mode: "serial" });
  const code = `sample-${uniqueId().toLowerCase()}`;

  test("администратор импортирует образец (200, счётчики), показатели за каждый период совпадают с эталоном", async ({
    browser,
    seed,
  }) => {
    test.setTimeout(180_000);
    const admin = await apiAs(browser, seed, "ADMIN");
    const bundle = sampleAs(code);

    const imported = await admin.post("/api/v1/import", { data: bundle, timeout: 150_000 });
    expect(imported.status(), await imported.text()).toBe(200);
    const result = (await imported.json()) as {
      projectCode: string;
      counts: Record<string, { received: number; created: number; updated: number; unchanged: number }>;
    };
    expect(result.projectCode).toBe(code);
    expect(result.counts.project).toMatchObject({ received: 1, created: 1 });
    for (const list of LISTS) {
      const received = (bundle[list] as unknown[]).length;
      expect(result.counts[list]?.received, list).toBe(received);
      // regions are global and may exist already (an earlier test or run); everything else is new
      if (list !== "regions") expect(result.counts[list], list).toMatchObject({ created: received, updated: 0, unchanged: 0 });
    }

    const expected = expectedReports();
    expect(expected.length).toBeGreaterThan(0);
    for (const report of expected) {
      const query = periodQuery(report.period);
      const response = await admin.get(kpiUrl(code, query));
      expect(response.status(), query).toBe(200);
      expect(await response.json(), query).toEqual({ ...report, project: code });
    }
  });

  test("министерство выгружает проект (200, корректный пакет), координатор — 403", async ({ browser, seed }) => {
    test.setTimeout(120_000);
    const coordinator = await apiAs(browser, seed, "COORDINATOR");
    const denied = await coordinator.get(`/api/v1/projects/${code}/bundle`);
    expect(denied.status()).toBe(403);

    const ministry = await apiAs(browser, seed, "MINISTRY");
    const response = await ministry.get(`/api/v1/projects/${code}/bundle`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain(`${code}.json`);
    const exported = (await response.json()) as SampleBundle;
    const sample = sampleAs(code);
    expect(exported.format).toBe("kadry-bundle/1");
    expect(exported.project).toMatchObject({ code, name: sample.project.name, year: 2026, timezone: "Europe/Moscow" });
    for (const list of LISTS) expect((exported[list] as unknown[]).length, list).toBe((sample[list] as unknown[]).length);
    const eventCodes = (list: unknown) => (list as { code: string }[]).map((e) => e.code).sort();
    expect(eventCodes(exported.events)).toEqual(eventCodes(sample.events));

    // valid: the exported bundle imports back cleanly and changes nothing
    const admin = await apiAs(browser, seed, "ADMIN");
    const reimported = await admin.post("/api/v1/import", { data: exported, timeout: 100_000 });
    expect(reimported.status(), await reimported.text()).toBe(200);
    const { counts } = (await reimported.json()) as {
      counts: Record<string, { created: number; updated: number; removed?: number }>;
    };
    for (const [entity, count] of Object.entries(counts)) {
      expect({ created: count.created, updated: count.updated, removed: count.removed ?? 0 }, entity).toEqual({
        created: 0,
        updated: 0,
        removed: 0,
      });
    }
  });
});

test.describe("POST /api/v1/import: ошибки и права", () => {
  test("пакет с неизвестным регионом — 422 с путём events[…], ничего не записано", async ({ browser, seed }) => {
    test.setTimeout(60_000);
    const admin = await apiAs(browser, seed, "ADMIN");
    const code = `sample-bad-${uniqueId().toLowerCase()}`;
    const bundle = sampleAs(code);
    const events = bundle.events as { regionCode: string }[];
    events[3] = { ...events[3], regionCode: "YAR2" };

    const response = await admin.post("/api/v1/import", { data: bundle });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; message: string; problems: { path: string; message: string }[]; total: number };
    };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.total).toBeGreaterThanOrEqual(1);
    const problem = body.error.problems.find((p) => p.path === "events[3].regionCode");
    expect(problem, JSON.stringify(body.error.problems.slice(0, 5))).toBeDefined();
    expect(problem!.message).toContain("YAR2");

    // nothing written: the project does not exist
    const kpi = await admin.get(kpiUrl(code, "year=2026"));
    expect(kpi.status()).toBe(404);
  });

  test("министерство не импортирует (403), без сеанса — 401", async ({ browser, seed, request }) => {
    const code = `sample-denied-${uniqueId().toLowerCase()}`;
    const ministry = await apiAs(browser, seed, "MINISTRY");
    const denied = await ministry.post("/api/v1/import", { data: sampleAs(code) });
    expect(denied.status()).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");

    const anonymous = await request.post("/api/v1/import", { data: sampleAs(code), maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);

    const admin = await apiAs(browser, seed, "ADMIN");
    expect((await admin.get(kpiUrl(code, "year=2026"))).status()).toBe(404);
  });

  test("запись с чужого сайта — 403, не JSON — 415; ничего не записано", async ({ browser, seed }) => {
    const code = `sample-csrf-${uniqueId().toLowerCase()}`;
    const admin = await apiAs(browser, seed, "ADMIN");
    const foreign = await admin.post("/api/v1/import", { data: sampleAs(code), headers: { Origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    const crossSite = await admin.post("/api/v1/import", { data: sampleAs(code), headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status()).toBe(403);
    // what a plain HTML form on another site could send
    const asText = await admin.post("/api/v1/import", {
      data: JSON.stringify(sampleAs(code)),
      headers: { "Content-Type": "text/plain" },
    });
    expect(asText.status()).toBe(415);
    expect(((await asText.json()) as { error: { code: string } }).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await admin.get(kpiUrl(code, "year=2026"))).status()).toBe(404);
  });
});

test.describe("панель показателей /dashboard", () => {
  const CARD_NAMES: Record<string, string> = {
    eventsHeld: "Проведено мероприятий",
    categoriesCovered: "Охвачено категорий участников",
    directionsCovered: "Охвачено направлений деятельности",
    expertsPerRegion: "Независимых экспертов в каждом регионе (минимум)",
    infoResourcesPerRegion: "Информационных ресурсов в каждом регионе (минимум)",
    satisfactionAvg: "Средняя удовлетворённость участников",
  };

  test("министерство переключает период: 2-й квартал с начала года, числа как в API", async ({ page, seed }) => {
    const ministry = await seed.user({ role: "MINISTRY" });
    await signIn(page, ministry.email, ministry.password);

    const opened = await page.goto("/dashboard");
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Показатели проекта" })).toBeVisible();

    const period = page.getByRole("form", { name: "Период" });
    await period.getByLabel("Квартал").selectOption({ label: "2-й квартал" });
    await period.getByLabel("Расчёт").selectOption({ label: "С начала года" });
    await period.getByRole("button", { name: "Показать" }).click();
    await expect(page).toHaveURL(/[?&]quarter=2(&|$)/);
    await expect(page).toHaveURL(/[?&]mode=ytd(&|$)/);
    await expect(page.getByRole("main")).toContainText("01.01.2026 — 30.06.2026");
    await expect(period.getByLabel("Квартал")).toHaveValue("2");
    await expect(period.getByLabel("Расчёт")).toHaveValue("ytd");

    const response = await page.request.get(kpiUrl(E2E_PROJECT_CODE, "year=2026&quarter=2&cumulative=true"));
    expect(response.status()).toBe(200);
    const report = (await response.json()) as KpiReport;
    for (const [id, name] of Object.entries(CARD_NAMES)) {
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
      await expect(card, name).toHaveCount(1);
      const value = report.indicators[id].value;
      const shown = value === null ? "нет оценок" : value.toLocaleString("ru-RU");
      await expect(card.locator("p").first(), name).toHaveText(shown);
    }
  });

  test("участник получает страницу 403", async ({ page, seed }) => {
    const participant = await seed.user({ role: "PARTICIPANT" });
    await signIn(page, participant.email, participant.password);
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Доступ запрещён (403)" })).toBeVisible();
    await expect(page.getByText("Проведено мероприятий")).toHaveCount(0);
  });
});
