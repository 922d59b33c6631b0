// Browser tests (tests/e2e). Run them with `npm run test:e2e`: scripts/e2e.ts prepares a fresh
// database, builds and starts the app and passes its address in E2E_BASE_URL. Playwright's own
// browsers can't be downloaded here, so the system Chromium is used (CHROMIUM_PATH or /usr/bin/chromium).
import { defineConfig, devices } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  tsconfig: "./tsconfig.node.json",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // two cores: the app server, the database and two browsers (scripts/e2e.ts sets 1 on the embedded database)
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: "list",
  // flows of several people in several browsers take 25–35 s on two shared cores (PostgreSQL, two workers)
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});
