// npm run bench:lighthouse — Lighthouse 12.2.3 against Debian's Chromium on the home page, the event list,
// an event page and the dashboard (the last three signed in as the ministry's demo account), on the demo data in a fresh
// embedded database. Prints performance and accessibility scores with the main metrics. Aims: performance
// ≥ 90, accessibility ≥ 95. Desktop preset by default (an office laptop); LH_PRESET=mobile for the mobile
// one (simulated slow 4G and a 4× slower CPU). BENCH_SKIP_BUILD=1 reuses an existing build.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { Client, startApp } from "../tests/ops/app-server";

const root = path.resolve(import.meta.dirname, "..");
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const preset = process.env.LH_PRESET === "mobile" ? "mobile" : "desktop";
const AIM = { performance: 90, accessibility: 95 };

const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-lighthouse-"));
const appEnv: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: "1",
  EMBEDDED_DB_DIR: path.join(work, "pglite"),
  AUTH_SECRET: "lighthouse-bench-secret-0123456789abcdef",
  REMINDERS_EVERY_MINUTES: "0",
  DATABASE_URL: "", // the embedded database, whatever the shell has
};
const env: NodeJS.ProcessEnv = { ...process.env, ...appEnv, NODE_ENV: "production" };

function npm(script: string, args: string[] = []) {
  const result = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`npm run ${script}: код ${result.status}`);
}

async function main() {
  console.log(`Lighthouse 12.2.3, ${preset}, Chromium ${chromePath}; данные: демо-проект во встроенной базе ${work}`);
  npm("db:migrate");
  npm("db:seed");
  if (process.env.BENCH_SKIP_BUILD !== "1" || !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("next build…");
    execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      env,
      stdio: "ignore",
    });
  }
  const app = await startApp(appEnv, path.join(work, "server.log"));
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const client = new Client();
    await client.signIn(app.baseUrl, "ministry@kadry.local", "Ministry-demo-2026");
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const list = await (await fetch(`${app.baseUrl}/events`, { headers: { Cookie: cookie } })).text();
    const eventPath = /href="(\/events\/(?!open|new)[a-z0-9]{20,})"/.exec(list)?.[1];
    if (!eventPath) throw new Error("на /events нет ссылки на мероприятие");
    const pages = [
      { name: "главная", path: "/", signedIn: false },
      { name: "список мероприятий", path: "/events", signedIn: true },
      { name: "страница мероприятия", path: eventPath, signedIn: true },
      { name: "дашборд (министерство)", path: "/dashboard", signedIn: true },
    ];
    const rows = [];
    for (const p of pages) {
      const result = await lighthouse(
        app.baseUrl + p.path,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: p.signedIn ? { Cookie: cookie } : undefined,
        },
        preset === "desktop" ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      // LH_SAVE_DIR=<folder>: the full reports, to see what a score is made of
      if (process.env.LH_SAVE_DIR)
        fs.writeFileSync(path.join(process.env.LH_SAVE_DIR, `${preset}-${rows.length}.json`), JSON.stringify(lhr));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? "—";
      rows.push({
        страница: `${p.name} ${p.path.length > 30 ? p.path.slice(0, 30) + "…" : p.path}`,
        performance: score("performance"),
        accessibility: score("accessibility"),
        FCP: metric("first-contentful-paint"),
        LCP: metric("largest-contentful-paint"),
        TBT: metric("total-blocking-time"),
        CLS: metric("cumulative-layout-shift"),
      });
      if (lhr.runtimeError) throw new Error(`${p.path}: ${lhr.runtimeError.message}`);
      // a redirect (e.g. to /login when the cookie was not taken) would measure another page
      const landed = new URL(lhr.finalDisplayedUrl).pathname;
      if (landed !== p.path) throw new Error(`${p.path}: Lighthouse оказался на ${landed}`);
    }
    console.table(rows);
    const missed = rows.filter((r) => r.performance < AIM.performance || r.accessibility < AIM.accessibility);
    console.log(
      missed.length
        ? `Ниже цели (performance ≥ ${AIM.performance}, accessibility ≥ ${AIM.accessibility}): ${missed.map((r) => r.страница).join("; ")}`
        : `Все страницы в цели: performance ≥ ${AIM.performance}, accessibility ≥ ${AIM.accessibility}`,
    );
    return missed.length ? 1 : 0;
  } finally {
    chrome.kill();
    await app.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
