// The dashboard's charts and drill-down in the browser: the chart sections with their tables, numbers that
// lead to lists whose «Всего» is the API's number, 360 px without page-wide scrolling, and axe.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueId, type Seed } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

type Indicator = { value: number | null; responses?: number };
type KpiReport = { indicators: Record<string, Indicator & { byRegion?: Record<string, number> }> };

async function signInAsMinistry(page: Page, seed: Seed) {
  const ministry = await seed.user({ role: "MINISTRY" });
  await signIn(page, ministry.email, ministry.password);
}

test.describe("графики и детализация панели показателей", () => {
  test("разделы графиков с таблицами и подписями", async ({ page, seed }) => {
    await signInAsMinistry(page, seed);
    await page.goto("/dashboard?year=2026");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Проведённые мероприятия по кварталам 2026 года" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Удовлетворённость участников по кварталам 2026 года" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Категории участников" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Направления деятельности" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Межрегиональный обмен" })).toBeVisible();
    // every chart is one labelled image with a caption, its numbers in the table next to it
    const images = main.getByRole("img", { name: /по кварталам 2026 года/ });
    await expect(images).toHaveCount(2);
    for (const image of await images.all()) await expect(image).toHaveAttribute("aria-label", /.+/);
    // the charts are drawn when scrolled near (lazy-charts.tsx): each gets its drawing then
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect(image.locator("svg.recharts-surface").first()).toBeVisible();
    }
    await expect(main.getByRole("table", { name: /Проведено мероприятий по регионам и кварталам 2026 года/ })).toBeVisible();
    await expect(main.getByRole("table", { name: /Средняя удовлетворённость по кварталам 2026 года/ })).toHaveCount(1);
  });

  test("числа ведут к спискам, «Всего» в списке — число из API", async ({ page, seed }) => {
    await signInAsMinistry(page, seed);
    const api = await page.request.get(`/api/v1/projects/${E2E_PROJECT_CODE}/kpi?year=2026`);
    expect(api.status()).toBe(200);
    const { indicators } = (await api.json()) as KpiReport;

    const checks: [string, number][] = [
      ["indicator=categories", indicators.categoriesCovered.value ?? 0],
      ["indicator=directions", indicators.directionsCovered.value ?? 0],
      ["indicator=feedback", indicators.satisfactionAvg.responses ?? 0],
      ...Object.entries(indicators.expertsPerRegion.byRegion ?? {}).map(
        ([code, n]) => [`indicator=experts&region=${code}`, n] as [string, number],
      ),
      ...Object.entries(indicators.infoResourcesPerRegion.byRegion ?? {}).map(
        ([code, n]) => [`indicator=resources&region=${code}`, n] as [string, number],
      ),
    ];
    for (const [query, expected] of checks) {
      const response = await page.goto(`/dashboard/details?${query}&year=2026`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByText(/^Всего: \d+$/), query).toHaveText(`Всего: ${expected}`);
    }

    // the card's number opens the held events list with the period and status in its filters
    await page.goto("/dashboard?year=2026");
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Проведено мероприятий", exact: true }) });
    await card.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/events\?.*status=held/);
    await expect(page).toHaveURL(/from=2026-01-01/);
    await expect(page).toHaveURL(/to=2026-12-31/);
  });

  test("полная матрица обмена на своей странице — те же числа, что на панели", async ({ page, seed, db }) => {
    // a guest from another region at a held event of 2024, a year no other test writes to
    const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
    const [host, home] = await Promise.all(
      E2E_REGIONS.slice(0, 2).map((r) => db.region.findUniqueOrThrow({ where: { code: r.code } })),
    );
    const event = await db.event.create({
      data: {
        projectId: project.id,
        regionId: host.id,
        directionId: (await db.direction.findFirstOrThrow({ where: { projectId: project.id } })).id,
        code: `EV-${uniqueId()}`,
        title: "Обмен 2024",
        format: "seminar",
        startsAt: new Date("2024-05-15T07:00:00Z"),
        endsAt: new Date("2024-05-15T10:00:00Z"),
        status: "held",
        publishedAt: new Date("2024-05-01T07:00:00Z"),
      },
    });
    const participant = await db.participant.create({
      data: {
        projectId: project.id,
        code: `P-${uniqueId()}`,
        fullName: "Гость из другого региона",
        categoryId: (await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id } })).id,
        regionId: home.id,
      },
    });
    await db.registration.create({
      data: { eventId: event.id, participantId: participant.id, status: "registered", attended: true },
    });

    await signInAsMinistry(page, seed);
    await page.goto("/dashboard?year=2024");
    const caption = "Посещения по региону участника (строки) и региону мероприятия (столбцы)";
    const onDashboard = page.getByRole("table", { name: caption });
    const total = Number(await onDashboard.locator("tfoot td").last().innerText());
    expect(total).toBeGreaterThanOrEqual(1);
    const cells = await onDashboard.locator("tbody td").allInnerTexts();
    await page.goto("/dashboard/exchange?year=2024");
    await expect(page.getByRole("heading", { level: 1, name: "Матрица межрегионального обмена" })).toBeVisible();
    const full = page.getByRole("table", { name: caption });
    await expect(full.locator("tfoot td").last()).toHaveText(String(total));
    expect(await full.locator("tbody td").allInnerTexts()).toEqual(cells);
    await page.getByRole("link", { name: "← К показателям проекта" }).click();
    await expect(page).toHaveURL(/\/dashboard\?year=2024$/);
  });

  test("неизвестный показатель — 404, участник — 403", async ({ page, seed }) => {
    await signInAsMinistry(page, seed);
    expect((await page.goto("/dashboard/details?indicator=salary&year=2026"))?.status()).toBe(404);
    await page.context().clearCookies();
    const participant = await seed.user({ role: "PARTICIPANT" });
    await signIn(page, participant.email, participant.password);
    expect((await page.goto("/dashboard/details?indicator=categories&year=2026"))?.status()).toBe(403);
    expect((await page.goto("/dashboard/exchange?year=2026"))?.status()).toBe(403);
  });

  test.describe("ширина 360 px", () => {
    test.use({ viewport: { width: 360, height: 740 } });

    for (const url of [
      "/dashboard?year=2026",
      "/dashboard/details?indicator=feedback&year=2026",
      "/dashboard/exchange?year=2026",
    ]) {
      test(`без горизонтальной прокрутки страницы, axe без серьёзных нарушений: ${url}`, async ({ page, seed }) => {
        await signInAsMinistry(page, seed);
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(360);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact}: ${v.id} — ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
        expect(serious, serious.join("\n")).toEqual([]);
      });
    }
  });
});
