// npm run test:e2e — the browser tests against the built app on a fresh database.
//
//  1. Chromium: CHROMIUM_PATH or /usr/bin/chromium (Playwright's own browsers can't be downloaded here).
//  2. A fresh database: a new `kadry_e2e_<random>` database on TEST_DATABASE_URL's server, or an
//     embedded PGlite in a temp dir hosted by THIS process (so it stays alive while the app and the
//     tests connect to it by URL). Migrated with prisma/migrations.
//  3. `next build` (skip with E2E_SKIP_BUILD=1), then `next start` on a free loopback port.
//  4. `playwright test` (extra arguments are passed on: `npm run test:e2e -- -g "403"`).
//  5. The server is stopped, the database dropped; the exit code is Playwright's.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureEmbeddedServer, stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { migrateDatabase } from "../lib/infra/db/migrate";
import { freePort } from "../lib/infra/net/free-port";

// the build and the server it starts make no calls home (closed networks)
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const E2E_PROJECT_CODE = "e2e-project";
const started = Date.now();
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} с`;
const log = (message: string) => console.log(`[e2e] ${message}`);

type Database = { url: string; kind: "postgres" | "embedded"; drop: () => Promise<void> };

const chromium = findChromium();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-e2e-"));
const serverLog = path.join(workDir, "server.log");
let server: ChildProcess | null = null;
let database: Database | null = null;
let cleaningUp: Promise<void> | null = null;

function findChromium(): string {
  const candidate = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
  if (fs.existsSync(candidate)) return candidate;
  console.error(
    [
      `[e2e] Chromium не найден: ${candidate}.`,
      "Тесты в браузере используют системный Chromium (скачать браузеры Playwright здесь нельзя).",
      "Установите его:  sudo apt-get install -y chromium",
      "или укажите путь к уже установленному:  CHROMIUM_PATH=/путь/к/chromium npm run test:e2e",
    ].join("\n"),
  );
  process.exit(1);
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (serverUrl) {
    const name = `kadry_e2e_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    log(`база данных PostgreSQL ${name}`);
    return {
      url: databaseUrl(serverUrl, name),
      kind: "postgres",
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const dataDir = path.join(workDir, "pglite");
  process.env.EMBEDDED_DB_DIR = dataDir;
  const url = await ensureEmbeddedServer();
  log(`встроенная база данных (PGlite) в ${dataDir}`);
  return {
    url,
    kind: "embedded",
    drop: async () => {
      await stopEmbeddedServer();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a child to completion; resolves with its exit code. Asynchronous: the embedded database keeps serving. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: "inherit" | "pipe" = "inherit",
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      resolve({ code: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1), output }),
    );
  });
}

function tail(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(журнал сервера пуст)";
  }
}

async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<string> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const out = fs.openSync(serverLog, "a");
  // its own process group, so stopping it stops every process it started
  server = spawn(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env,
      detached: true,
      stdio: ["ignore", out, out],
    },
  );
  fs.closeSync(out);
  let exited: number | null = null;
  server.on("exit", (code) => (exited = code ?? 1));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`сервер приложения завершился с кодом ${exited} при запуске`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (response.status < 500) return baseUrl;
      throw new Error(`сервер приложения отвечает ${response.status} на /login`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("сервер приложения")) throw error;
      await new Promise((r) => setTimeout(r, 250)); // not listening yet
    }
  }
  throw new Error("сервер приложения не ответил за 90 секунд");
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await gone;
  clearTimeout(timer);
}

function cleanup(keepLog: boolean): Promise<void> {
  cleaningUp ??= (async () => {
    await stopServer();
    if (database) {
      try {
        await database.drop();
      } catch (error) {
        console.error(`[e2e] не удалось удалить тестовую базу данных: ${(error as Error).message}`);
      }
      database = null;
    }
    if (keepLog && fs.existsSync(serverLog)) log(`журнал сервера сохранён: ${serverLog}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaningUp;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`прервано (${signal}), останавливаю сервер и удаляю базу данных`);
    void cleanup(false).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  log(`Chromium: ${chromium}`);

  let phase = Date.now();
  database = await createDatabase();
  await migrateDatabase(database.url);
  // the suite's staff sign in with a password only (the policy's default requires a second factor);
  // the second-factor tests enrol on their own, the policy itself is tested in sign-in-security.test.ts
  const policy = new pg.Client({ connectionString: database.url });
  await policy.connect();
  await policy.query('UPDATE "SecurityPolicy" SET "requireTotpForStaff" = false');
  await policy.end();
  log(`база данных готова за ${elapsed(phase)}`);

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    // embedded: one connection, as the app uses it without DATABASE_URL (lib/infra/db/client.ts)
    DATABASE_POOL_SIZE: database.kind === "embedded" ? "1" : (process.env.DATABASE_POOL_SIZE ?? "10"),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    DEFAULT_PROJECT_CODE: E2E_PROJECT_CODE,
    // uploads of the run go with its temporary folder, not into the working copy's .data/uploads
    UPLOAD_DIR: path.join(workDir, "uploads"),
  };
  delete appEnv.EMBEDDED_DB_DIR;

  if (process.env.E2E_SKIP_BUILD === "1") {
    if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
      throw new Error("E2E_SKIP_BUILD=1, но сборки нет (.next/BUILD_ID): запустите npx next build");
    log("сборка пропущена (E2E_SKIP_BUILD=1)");
  } else {
    phase = Date.now();
    log("next build…");
    const build = await run(
      process.execPath,
      [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
      appEnv,
      "pipe",
    );
    if (build.code !== 0) {
      console.error(build.output.split("\n").slice(-80).join("\n"));
      throw new Error(`next build завершился с кодом ${build.code}`);
    }
    log(`сборка готова за ${elapsed(phase)}`);
  }

  phase = Date.now();
  let baseUrl: string;
  try {
    const port = await freePort();
    // links in e-mails lead to this server (production refuses to start without APP_URL)
    baseUrl = await startServer(port, { ...appEnv, APP_URL: `http://127.0.0.1:${port}` });
  } catch (error) {
    console.error(`[e2e] ${(error as Error).message}. Последние строки журнала сервера:\n${tail(serverLog)}`);
    throw error;
  }
  log(`приложение слушает ${baseUrl} (запуск ${elapsed(phase)})`);

  phase = Date.now();
  const playwright = await run(
    process.execPath,
    [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)],
    {
      ...process.env,
      E2E_BASE_URL: baseUrl,
      DATABASE_URL: database.url,
      CHROMIUM_PATH: chromium,
      // embedded: one worker, so the tests' seeding connection and the app's rarely talk at once
      // (the embedded server can interleave statements of concurrent connections: lib/infra/db/embedded-server.ts)
      E2E_WORKERS: process.env.E2E_WORKERS ?? (database.kind === "embedded" ? "1" : "2"),
      E2E_PROJECT_CODE,
      // the app's secret: tests open the sealed password-reset letters in the outbox as the mailer does
      AUTH_SECRET: appEnv.AUTH_SECRET,
    },
  );
  log(`Playwright: код ${playwright.code}, ${elapsed(phase)}`);
  if (playwright.code !== 0) console.error(`[e2e] последние строки журнала сервера:\n${tail(serverLog, 40)}`);
  return playwright.code;
}

main().then(
  async (code) => {
    await cleanup(code !== 0);
    log(`всего ${elapsed(started)}`);
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(`[e2e] ошибка: ${error instanceof Error ? error.message : String(error)}`);
    await cleanup(true);
    process.exit(1);
  },
);
