// Fixtures of the browser tests: every test seeds its own data straight into the app's database
// (unique e-mails and region codes, so tests running in parallel never see each other's records)
// and signs in through Auth.js's API instead of the form when the sign-in itself is not under test.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import type { PrismaClient, Role } from "@prisma/client";
import { createPrismaClient } from "../../lib/infra/db/client";
import { hashPassword } from "../../lib/auth/password";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

export { expect };

/** A short random tag: `T1A2B3C`-style codes, unique e-mails. */
export const uniqueId = () => randomBytes(3).toString("hex").toUpperCase();

export type SeededUser = { id: string; email: string; password: string; fullName: string; role: Role };

export type SeededProject = {
  project: { id: string; code: string; name: string };
  regions: { id: string; code: string; name: string }[];
  category: { id: string; name: string };
  direction: { id: string; name: string };
};

export type Seed = {
  /** A user who can sign in with `password`; a coordinator gets `regionIds`. */
  user(options?: { role?: Role; regionIds?: string[]; fullName?: string }): Promise<SeededUser>;
  /** A small project of its own: `regions` new regions (random codes), one category, one direction. */
  project(options?: { regions?: number }): Promise<SeededProject>;
  /** A planned event of `project` in `regionId`. */
  event(project: SeededProject, regionId: string, options?: { title?: string }): Promise<{ id: string; title: string }>;
};

const SURNAMES = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Соколова", "Попов", "Лебедева", "Козлов"];

export const test = base.extend<{ seed: Seed }, { db: PrismaClient }>({
  db: [
    async ({}, provide) => {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error("DATABASE_URL не задан: запускайте тесты через `npm run test:e2e`");
      const db = createPrismaClient(url, 1);
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],

  seed: async ({ db }, provide) => {
    const seed: Seed = {
      async user({ role = "PARTICIPANT", regionIds = [], fullName } = {}) {
        const id = uniqueId().toLowerCase();
        const password = `Пароль-e2e-${id}-${randomBytes(4).toString("hex")}`;
        const name = fullName ?? `${SURNAMES[parseInt(id.slice(0, 2), 16) % SURNAMES.length]} Тест ${id.toUpperCase()}`;
        const user = await db.user.create({
          data: {
            email: `${role.toLowerCase()}-${id}@e2e.example.ru`,
            fullName: name,
            role,
            passwordHash: await hashPassword(password),
            regions: { create: regionIds.map((regionId) => ({ regionId })) },
          },
        });
        return { id: user.id, email: user.email, password, fullName: user.fullName, role };
      },

      async project({ regions: regionCount = 2 } = {}) {
        const tag = uniqueId();
        const project = await db.project.create({
          // the fixture's events are in 2030: inside the project year, so saving them raises no warning
          data: { code: `e2e-${tag.toLowerCase()}`, name: `Проект e2e ${tag}`, year: 2030, timezone: "Europe/Moscow" },
        });
        const regions = [];
        for (let i = 0; i < regionCount; i++) {
          const code = `T${uniqueId()}`;
          const region = await db.region.create({ data: { code, name: `Регион ${code}`, timezone: "Europe/Moscow" } });
          await db.projectRegion.create({ data: { projectId: project.id, regionId: region.id } });
          regions.push({ id: region.id, code: region.code, name: region.name });
        }
        const category = await db.participantCategory.create({
          data: { projectId: project.id, code: "civil-servants", name: "Госслужащие" },
        });
        const direction = await db.direction.create({
          data: { projectId: project.id, code: "digital", name: "Цифровая трансформация" },
        });
        return { project, regions, category, direction };
      },

      async event(project, regionId, { title } = {}) {
        const code = `EV-${uniqueId()}`;
        const event = await db.event.create({
          data: {
            projectId: project.project.id,
            regionId,
            directionId: project.direction.id,
            code,
            title: title ?? `Мастер-класс по проектному управлению ${code}`,
            format: "master_class",
            startsAt: new Date("2030-03-10T07:00:00Z"),
            endsAt: new Date("2030-03-10T10:00:00Z"),
            capacity: 30,
            venue: "Дом правительства",
            publishedAt: new Date(),
          },
        });
        return { id: event.id, title: event.title };
      },
    };
    await provide(seed);
  },
});

/**
 * Signs in through Auth.js's own endpoints (CSRF token, then the credentials callback) with the
 * page's request context, so the session cookie lands in the browser context of `page`.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf").toBeTruthy();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  expect(response.status(), `вход ${email}: ответ ${response.status()} → ${location}`).toBe(302);
  expect(location, `вход ${email} не удался`).not.toContain("error=");
  const cookies = await page.context().cookies();
  expect(
    cookies.some((c) => c.name.endsWith("authjs.session-token")),
    "нет cookie сеанса после входа",
  ).toBeTruthy();
}

/** Signs in through the form at /login, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
}

/** axe on the current page: no serious or critical violations of WCAG 2.1 AA and best practice. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact}: ${v.id} — ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(serious, serious.join("\n")).toEqual([]);
}

/** A participant of the shared e2e project (first e2e region), signed in in a browser context of their own. */
export async function participantSession(browser: Browser, seed: Seed, db: PrismaClient) {
  const user = await seed.user({ role: "PARTICIPANT" });
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const category = await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id } });
  await db.participant.create({
    data: {
      projectId: project.id,
      code: `P-${user.id}`,
      fullName: user.fullName,
      categoryId: category.id,
      regionId: region.id,
      userId: user.id,
    },
  });
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return { user, page, context };
}

/** The wall-clock value of <input type="datetime-local"> in Moscow (the e2e regions' zone, UTC+3 all year). */
export const localInput = (date: Date) => {
  const moscow = new Date(date.getTime() + 3 * 3600_000);
  return moscow.toISOString().slice(0, 16);
};
