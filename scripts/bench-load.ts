// npm run bench:load — the built app under load (issue 9, item 3). Loads the 89-region benchmark data
// into a fresh PostgreSQL database (BENCH_DATABASE_URL or DATABASE_URL: a server where we may create
// databases), builds the app (BENCH_SKIP_BUILD=1 reuses .next), starts `next start`, and drives it with
// autocannon — BENCH_CONNECTIONS (50) connections for BENCH_SECONDS (20) s each — on: a static file
// (the framework's floor), the login page, the smallest signed-in page (the floor of every page behind
// the sign-in), the event list, an event page, the dashboard, the KPI API, and registration (a server
// action: each connection is its own participant, registering and cancelling in turn on one popular
// event). Prints req/s, p50/p95/p99 latency and errors. Results: docs/benchmarks.md.
// BENCH_INSTANCES=N starts N instances on one database, as deployed behind nginx (docs/operations.md);
// autocannon spreads its connections over them.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../lib/auth/password";
import { runCli } from "../lib/infra/cli/run-cli";
import { createPrismaClient } from "../lib/infra/db/client";
import { allowPasswordOnlyStaff } from "../tests/helpers/factories";
import { Client, startApp } from "../tests/ops/app-server";
import { actionId } from "../tests/ops/server-action";
import { BENCH_PROJECT_CODE, databaseUrl, loadBenchData } from "./bench-data";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const INSTANCES = Math.max(1, Number(process.env.BENCH_INSTANCES ?? 1));
const PASSWORD = "Пароль-нагрузка-1";

type Request = { method?: string; path: string; headers?: Record<string, string>; body?: string };
type Target = { name: string; requests: (connection: number) => Request[] };
type AutocannonInstance = {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(
    event: "done",
    fn: (result: { requests: { average: number }; errors: number; timeouts: number; non2xx: number }) => void,
  ): void;
};
type Autocannon = (opts: Record<string, unknown>) => AutocannonInstance;
const autocannon = require("autocannon") as Autocannon;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(baseUrls: string[], target: Target) {
  const baseUrl = baseUrls[0];
  // the cost of one request alone: median of 5 sequential ones (the first connection's request list)
  const alone: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = target.requests(0)[0];
    const t = performance.now();
    await (await fetch(`${baseUrl}${r.path}`, { method: r.method ?? "GET", headers: r.headers, body: r.body })).arrayBuffer();
    alone.push(performance.now() - t);
  }
  const single = alone.sort((a, b) => a - b)[2];
  return new Promise<string>((resolve) => {
    const latencies: number[] = [];
    const perConnection = Array.from({ length: CONNECTIONS }, (_, i) => target.requests(i));
    let next = 0;
    const instance = autocannon({
      // several instances: the connections are spread over them, as a balancer spreads them
      url: baseUrls.length > 1 ? baseUrls : baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS,
      // a slow answer is measured, not dropped (autocannon's default gives up after 10 s)
      timeout: 30,
      // each connection gets its own request list (its own session for the per-user requests)
      setupClient: (client: { setRequests: (r: Request[]) => void }) => client.setRequests(perConnection[next++ % CONNECTIONS]),
    });
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
    instance.on("done", (result) => {
      latencies.sort((a, b) => a - b);
      const errors = result.errors + result.timeouts + result.non2xx;
      const rps = result.requests.average < 10 ? result.requests.average.toFixed(1) : result.requests.average.toFixed(0);
      const cells = [
        target.name.padEnd(26),
        `${single.toFixed(0)}`.padStart(7),
        rps.padStart(7),
        ...[50, 95, 99].map((p) => percentile(latencies, p).toFixed(0).padStart(7)),
        String(errors).padStart(7),
      ];
      console.log(cells.join(" "));
      resolve(
        `| ${target.name} | ${single.toFixed(0)} | ${rps} | ${[50, 95, 99].map((p) => percentile(latencies, p).toFixed(0)).join(" | ")} | ${errors} |`,
      );
    });
  });
}

runCli(async () => {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("укажите BENCH_DATABASE_URL (или DATABASE_URL) — сервер PostgreSQL, где можно создать базу");
  // BENCH_REUSE_DB=<name>: a database kept by an earlier run (BENCH_KEEP_DB=1) instead of a fresh load
  const reuse = process.env.BENCH_REUSE_DB;
  const data = reuse
    ? { url: databaseUrl(serverUrl, reuse), importMs: 0, drop: async () => {} }
    : await loadBenchData(serverUrl, `kadry_bench_load_${process.pid}`);
  console.log(reuse ? `База ${reuse} (загружена раньше)` : `Данные загружены за ${(data.importMs / 1000).toFixed(1)} с`);
  const db = createPrismaClient(data.url, 4);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-bench-load-"));
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];
  try {
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      console.log("next build…");
      execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
        cwd: root,
        stdio: "ignore",
      });
    }
    const project = await db.project.findUniqueOrThrow({ where: { code: BENCH_PROJECT_CODE } });
    const region = await db.region.findFirstOrThrow({ where: { projects: { some: { projectId: project.id } } } });
    const passwordHash = await hashPassword(PASSWORD);
    const tag = randomBytes(3).toString("hex");
    await db.user.create({ data: { email: `bench-admin-${tag}@example.ru`, fullName: "Нагрузка", role: "ADMIN", passwordHash } });
    // the benchmark's administrator signs in with a password only (the policy's default asks staff for a
    // second factor, which would turn every admin page into a redirect to enrolment)
    await allowPasswordOnlyStaff(db);
    const someEvent = await db.event.findFirstOrThrow({
      where: { projectId: project.id, status: "held" },
      orderBy: { startsAt: "desc" },
    });
    const category = await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id } });
    const popular = await db.event.create({
      data: {
        projectId: project.id,
        regionId: region.id,
        directionId: someEvent.directionId,
        code: `BENCH-${tag}`,
        title: "Популярное мероприятие",
        format: "seminar",
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 7_200_000),
        capacity: 100_000,
        publishedAt: new Date(),
      },
    });
    for (let i = 0; i < CONNECTIONS; i++) {
      const user = await db.user.create({
        data: { email: `bench-p${i}-${tag}@example.ru`, fullName: `Участник ${i}`, role: "PARTICIPANT", passwordHash },
      });
      await db.participant.create({
        data: {
          projectId: project.id,
          code: `BENCH-${tag}-${i}`,
          fullName: user.fullName,
          categoryId: category.id,
          regionId: region.id,
          userId: user.id,
        },
      });
    }

    // the instances share the secrets, as deployed: a session or an action of one is valid on the others
    const secrets = {
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    for (let i = 0; i < INSTANCES; i++) {
      apps.push(
        await startApp(
          { DATABASE_URL: data.url, DEFAULT_PROJECT_CODE: BENCH_PROJECT_CODE, ...secrets },
          path.join(work, `app-${i}.log`),
        ),
      );
    }
    const app = apps[0];
    const baseUrls = apps.map((a) => a.baseUrl);
    const adminClient = new Client();
    await adminClient.signIn(app.baseUrl, `bench-admin-${tag}@example.ru`, PASSWORD);
    const adminCookie = { cookie: [...adminClient.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    const participantCookies: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const c = new Client();
      await c.signIn(app.baseUrl, `bench-p${i}-${tag}@example.ru`, PASSWORD);
      participantCookies.push([...c.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const registration = await registrationRequests(popular.id);
    const admin =
      (p: string): Target["requests"] =>
      () => [{ path: p, headers: adminCookie }];
    const targets: Target[] = [
      { name: "статический файл (пол)", requests: () => [{ path: "/robots.txt" }] },
      { name: "страница входа", requests: () => [{ path: "/login" }] },
      // the administrator's home page: the layout, the session and a few links — what every signed-in page costs
      { name: "главная (вошедший)", requests: admin("/") },
      { name: "список мероприятий", requests: admin("/events") },
      { name: "страница мероприятия", requests: admin(`/events/${someEvent.id}`) },
      { name: "панель показателей", requests: admin("/dashboard?year=2026") },
      { name: "API KPI", requests: admin(`/api/v1/projects/${BENCH_PROJECT_CODE}/kpi?year=2026`) },
      {
        name: "запись на мероприятие",
        requests: (i) => registration.map((r) => ({ ...r, headers: { ...r.headers, cookie: participantCookies[i] } })),
      },
    ];
    console.log(
      `\nautocannon: ${CONNECTIONS} соединений, ${SECONDS} с на цель; экземпляров: ${INSTANCES}; ядер CPU: ${os.cpus().length}, нагрузка ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log(`${"цель".padEnd(26)}1 запрос   req/s     p50     p95     p99  ошибки   (мс)`);
    const rows: string[] = [];
    const check = await fetch(`${app.baseUrl}${registration[0].path}`, {
      method: "POST",
      headers: { ...registration[0].headers, cookie: participantCookies[0] },
      body: registration[0].body,
    });
    const checkText = await check.text();
    if (!checkText.includes("Вы записаны")) throw new Error(`запись не работает: ${check.status} ${checkText.slice(-300)}`);
    for (const target of targets) {
      rows.push(await run(baseUrls, target));
      await drain(app.baseUrl, db);
    }
    const registered = await db.registration.count({ where: { eventId: popular.id } });
    console.log(`\nзаписей на популярное мероприятие после прогона: ${registered} (не больше ${CONNECTIONS})`);
    console.log(
      `\nДля docs/benchmarks.md:\n| цель | один запрос, мс | req/s | p50, мс | p95, мс | p99, мс | ошибки |\n| --- | --: | --: | --: | --: | --: | --: |\n${rows.join("\n")}`,
    );
  } finally {
    for (const a of apps) await a.stop();
    await db.$disconnect();
    if (!process.env.BENCH_KEEP_DB) await data.drop();
    else if (!reuse) console.log(`База сохранена: BENCH_REUSE_DB=kadry_bench_load_${process.pid} для следующего прогона`);
    fs.rmSync(work, { recursive: true, force: true });
  }
});

/** Waits until the server has worked off the previous target's backlog (a quick answer again). */
async function drain(baseUrl: string, db: PrismaClient) {
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await fetch(`${baseUrl}/robots.txt`).catch(() => {});
    // requests given up by autocannon may still be running in the database
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`;
    if (performance.now() - t < 50 && n === 0) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Register, then cancel: the event page's form, as the browser's fetch posts it (React's encodeReply). */
async function registrationRequests(eventId: string): Promise<Request[]> {
  const id = actionId("app/events/[id]/registration-actions.ts", "changeRegistrationAction");
  const { encodeReply } = require(path.join(root, "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js")) as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };
  const requests: Request[] = [];
  for (const intent of ["register", "cancel"]) {
    const form = new FormData();
    form.append("eventId", eventId);
    form.append("intent", intent);
    const encoded = new Response((await encodeReply([{ ok: false }, form])) as FormData);
    requests.push({
      method: "POST",
      path: `/events/${eventId}`,
      headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": encoded.headers.get("content-type")! },
      body: await encoded.text(),
    });
  }
  return requests;
}
