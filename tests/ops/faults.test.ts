// Issue 9, items 4 and 5, on a PostgreSQL cluster of this test's own: with the database stopped, pages
// answer 503 «Сервис временно недоступен» (not a 500), /api/health reports it, a submitted form reports
// the failure and keeps what was typed; when the database is back the app recovers by itself. And the
// import CLI killed with SIGKILL in the middle of its transaction leaves nothing of the bundle behind.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createPrismaClient } from "../../lib/infra/db/client";
import { migrateDatabase } from "../../lib/infra/db/migrate";
import { hashPassword } from "../../lib/auth/password";
import { makeProject, allowPasswordOnlyStaff } from "../helpers/factories";
import { startCluster, type Cluster } from "./pg-cluster";
import { Client, startApp, type AppServer } from "./app-server";

const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-faults-"));
let cluster: Cluster;
let app: AppServer;
let browser: Browser;
const admin = { email: `admin-${randomBytes(3).toString("hex")}@example.ru`, password: "Пароль-надёжный-1" };

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`не дождались: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  cluster = await startCluster();
  await migrateDatabase(cluster.url);
  const db = createPrismaClient(cluster.url, 2);
  await allowPasswordOnlyStaff(db);
  await makeProject(db);
  await db.user.create({
    data: { email: admin.email, fullName: "Администратор", role: "ADMIN", passwordHash: await hashPassword(admin.password) },
  });
  await db.$disconnect();
  app = await startApp(
    { DATABASE_URL: cluster.url, AUTH_SECRET: randomBytes(32).toString("base64url") },
    path.join(work, "app.log"),
  );
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  cluster?.destroy();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the database stops and comes back", () => {
  it("503 page in Russian, health says down, a form keeps its input, then recovery without a restart", async () => {
    const client = new Client();
    await client.signIn(app.baseUrl, admin.email, admin.password);
    expect((await client.fetch(`${app.baseUrl}/events`)).status).toBe(200);

    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/register`);
    await page.getByLabel("ФИО").fill("Сохранённая Мария Ивановна");
    await page.getByLabel("Электронная почта").fill("kept@example.ru");

    cluster.stop();

    const down = await waitFor("503 при остановленной базе", async () => {
      const r = await client.fetch(`${app.baseUrl}/events`);
      return r.status === 503 ? r : undefined;
    });
    expect(await down.text()).toContain("Сервис временно недоступен");
    expect(down.headers.get("retry-after")).toBeTruthy();
    expect(down.headers.get("content-security-policy")).toBeTruthy();
    const health = await client.fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "down" });
    const api = await client.fetch(`${app.baseUrl}/api/v1/projects/x/kpi?year=2026`);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });

    // the form was open before: submitting reports the failure, the typed text stays
    await page.getByLabel("Пароль", { exact: true }).fill("Пароль-надёжный-1");
    await page.getByLabel("Повторите пароль").fill("Пароль-надёжный-1");
    await page.getByLabel("Категория участников").selectOption({ index: 1 });
    await page.getByLabel("Регион").selectOption({ index: 1 });
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await page.getByText(/Сервис временно недоступен/).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel("ФИО").inputValue()).toBe("Сохранённая Мария Ивановна");
    expect(await page.getByLabel("Электронная почта").inputValue()).toBe("kept@example.ru");

    cluster.start();

    // no restart of the app: pages, health and the session work again
    await waitFor("страницы снова отвечают 200", async () =>
      (await client.fetch(`${app.baseUrl}/events`)).status === 200 ? true : undefined,
    );
    expect((await client.fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    expect(await (await client.fetch(`${app.baseUrl}/events`)).text()).not.toContain("Сервис временно недоступен");
    // and the same form now goes through
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await page.waitForURL(`${app.baseUrl}/`, { timeout: 30_000 });
    await page.close();
  });
});

describe("a killed import", () => {
  it("SIGKILL in the middle of `npm run import` leaves no partial data", async () => {
    const bundle = path.join(work, "bundle.json");
    const code = "killed-import";
    execFileSync(process.execPath, [
      path.join(root, "scripts/gen-bundle.mjs"),
      ...["--regions", "12", "--events", "3000", "--participants", "30000", "--code", code, "--out", bundle],
    ]);
    const probe = new pg.Client({ connectionString: cluster.url });
    probe.on("error", () => {});
    await probe.connect();
    onTestFinished(() => probe.end().catch(() => {}));
    const counts = async () =>
      (
        await probe.query(
          `SELECT (SELECT count(*) FROM "Project")::int AS projects, (SELECT count(*) FROM "Region")::int AS regions,
                  (SELECT count(*) FROM "Participant")::int AS participants, (SELECT count(*) FROM "Registration")::int AS registrations`,
        )
      ).rows[0];
    const before = await counts();
    // as `npm run import` in a terminal: tsx runs the script in a child process, so the whole group is killed
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--tsconfig", "tsconfig.node.json", "scripts/import.ts", bundle],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: cluster.url },
        stdio: "ignore",
        detached: true,
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once("exit", (_code, signal) => r(signal)));
    // the import's transaction has written rows (it holds a transaction id) and is still running
    await waitFor(
      "транзакция импорта пишет",
      async () => {
        const { rows } = await probe.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
        );
        return rows.length ? true : undefined;
      },
      120_000,
    );
    process.kill(-child.pid!, "SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // the server notices the dropped connection and rolls the transaction back
    await waitFor("транзакция импорта откатилась", async () => {
      const { rows } = await probe.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
      );
      return rows[0].n === 0 ? true : undefined;
    });
    expect(await counts()).toEqual(before);
    expect((await probe.query(`SELECT 1 FROM "Project" WHERE code = $1`, [code])).rowCount).toBe(0);
  });
});
