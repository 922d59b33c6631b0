// npm run bench:kpi — the KPI engine on a country-sized project (issue 3): generates a bundle with
// scripts/gen-bundle.mjs (89 regions, 20 000 events, 200 000 participants), imports it into a
// fresh PostgreSQL database (BENCH_DATABASE_URL or DATABASE_URL: a server where we may create databases),
// then times the KPI report for a year, a quarter and a year-to-date (median of 10) against the best
// hand-written SQL for the same numbers, run with the plain pg driver; then the dashboard page's data
// (getDashboardData) for the same periods. Results: docs/benchmarks.md.
import pg from "pg";
import { runCli } from "../lib/infra/cli/run-cli";
import { createPrismaClient } from "../lib/infra/db/client";
import { computeKpiReport, type KpiReport } from "../lib/kpi/compute-kpi-report";
import { getDashboardData } from "../lib/kpi/get-dashboard-data";
import { periodBounds } from "../lib/infra/time/period-bounds";
import { BENCH_PROJECT_CODE, loadBenchData } from "./bench-data";

const RUNS = 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The same numbers in one statement, written by hand for PostgreSQL and sent with the plain pg driver:
// counted events once; the category test as a semi-join that stops at the first attended registration;
// ratings merged with attendance event by event from the covering indexes; regions grouped once.
const HAND_WRITTEN = `
WITH counted AS MATERIALIZED (
  SELECT id, "regionId", "directionId" FROM "Event"
   WHERE "projectId" = $1 AND status = 'held' AND "startsAt" >= $2::timestamp AND "startsAt" < $3::timestamp
), experts AS (
  SELECT c."regionId", count(DISTINCT ee."expertId") AS n
    FROM counted c JOIN "EventExpert" ee ON ee."eventId" = c.id JOIN "Expert" x ON x.id = ee."expertId" AND x.independent
   GROUP BY c."regionId"
), resources AS (
  SELECT "regionId", count(DISTINCT "resourceId") AS n FROM "Publication"
   WHERE "projectId" = $1 AND "publishedAt" >= $2::timestamp AND "publishedAt" < $3::timestamp GROUP BY "regionId"
)
SELECT (SELECT count(*) FROM counted)::int AS events_held,
       (SELECT count(DISTINCT "directionId") FROM counted)::int AS directions,
       (SELECT count(*) FROM "ParticipantCategory" cat WHERE cat."projectId" = $1 AND EXISTS (
          SELECT 1 FROM "Participant" pa JOIN "Registration" r ON r."participantId" = pa.id AND r.attended
            JOIN "Event" e ON e.id = r."eventId"
           WHERE pa."categoryId" = cat.id AND e.status = 'held' AND e."startsAt" >= $2::timestamp AND e."startsAt" < $3::timestamp))::int AS categories,
       s.responses, s.rating_sum,
       (SELECT json_object_agg(rg.code, json_build_array(coalesce(ex.n, 0), coalesce(rs.n, 0)))
          FROM "ProjectRegion" pr JOIN "Region" rg ON rg.id = pr."regionId"
          LEFT JOIN experts ex ON ex."regionId" = pr."regionId" LEFT JOIN resources rs ON rs."regionId" = pr."regionId"
         WHERE pr."projectId" = $1) AS regions
  FROM (SELECT sum(x.n)::int AS responses, sum(x.s)::bigint AS rating_sum
          FROM counted c CROSS JOIN LATERAL (
            SELECT count(*) AS n, sum(f.rating) AS s FROM "Feedback" f
              JOIN "Registration" r ON r."eventId" = c.id AND r.attended AND r."participantId" = f."participantId"
             WHERE f."eventId" = c.id) x) s`;

runCli(async () => {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("укажите BENCH_DATABASE_URL (или DATABASE_URL) — сервер PostgreSQL, где можно создать базу");
  const dbName = `kadry_bench_kpi_${process.pid}`;
  const data = await loadBenchData(serverUrl, dbName);
  const db = createPrismaClient(data.url, 4);
  const raw = new pg.Client({ connectionString: data.url });
  try {
    const { result, readMs, importMs } = data;
    const rows = Object.values(result.counts).reduce((sum, c) => sum + c.created, 0);
    console.log(`Чтение и разбор JSON: ${(readMs / 1000).toFixed(1)} с`);
    console.log(
      `Импорт (проверка + запись в одной транзакции + VACUUM ANALYZE): ${(importMs / 1000).toFixed(1)} с, ${rows} строк, ${Math.round(rows / (importMs / 1000))} строк/с`,
    );
    console.log(
      `  ${Object.entries(result.counts)
        .map(([k, c]) => `${k} ${c.created}`)
        .join(", ")}`,
    );

    await raw.connect();
    const project = await db.project.findUniqueOrThrow({ where: { code: BENCH_PROJECT_CODE } });
    const periods: [string, { year: number; quarter?: number; cumulative?: boolean }][] = [
      ["год 2026", { year: 2026 }],
      ["2-й квартал", { year: 2026, quarter: 2 }],
      ["с начала года по 3-й квартал", { year: 2026, quarter: 3, cumulative: true }],
    ];
    console.log(`\nKPI, медиана ${RUNS} запусков (после 2 прогревочных):`);
    for (const [label, query] of periods) {
      const engine: number[] = [];
      const hand: number[] = [];
      let report: KpiReport | undefined;
      let handRow: Record<string, unknown> | undefined;
      const bounds = periodBounds({ ...query, timeZone: project.timezone });
      const params = [project.id, bounds.start.toISOString().replace("Z", ""), bounds.end.toISOString().replace("Z", "")];
      for (let i = 0; i < RUNS + 2; i++) {
        let t = performance.now();
        report = await computeKpiReport(db, { projectCode: project.code, ...query });
        if (i >= 2) engine.push(performance.now() - t);
        t = performance.now();
        handRow = (await raw.query(HAND_WRITTEN, params)).rows[0];
        if (i >= 2) hand.push(performance.now() - t);
      }
      const regions = handRow!.regions as Record<string, [number, number]>;
      const same =
        report!.indicators.eventsHeld.value === handRow!.events_held &&
        report!.indicators.directionsCovered.value === handRow!.directions &&
        report!.indicators.categoriesCovered.value === handRow!.categories &&
        report!.indicators.satisfactionAvg.responses === handRow!.responses &&
        Object.entries(report!.indicators.expertsPerRegion.byRegion).every(([code, n]) => regions[code]?.[0] === n) &&
        Object.entries(report!.indicators.infoResourcesPerRegion.byRegion).every(([code, n]) => regions[code]?.[1] === n);
      const e = median(engine);
      const h = median(hand);
      console.log(
        `  ${label.padEnd(30)} computeKpiReport ${e.toFixed(1)} мс · SQL вручную ${h.toFixed(1)} мс · отношение ${(e / h).toFixed(2)}${same ? "" : " · ЧИСЛА РАСХОДЯТСЯ"}`,
      );
    }

    // the dashboard page's data (issue 5: under 500 ms): the report plus the charts, coverage, matrix, history
    const viewer = { id: "bench", email: "bench@localhost", fullName: "bench", role: "ADMIN" as const, regionIds: [] };
    // computed: the KPI cache emptied before each run (what the first request after a change costs);
    // cached: the entry the previous run left (every other request until the data changes)
    console.log(`\nПанель показателей: все данные страницы, медиана ${RUNS} запусков (после 2 прогревочных):`);
    for (const [label, query] of periods) {
      const computed: number[] = [];
      const cached: number[] = [];
      const period = { year: query.year, quarter: query.quarter ?? null, cumulative: query.cumulative ?? false };
      for (let i = 0; i < RUNS + 2; i++) {
        await db.$executeRaw`DELETE FROM "KpiCache"`;
        let t = performance.now();
        await getDashboardData(db, viewer, project, period);
        if (i >= 2) computed.push(performance.now() - t);
        t = performance.now();
        await getDashboardData(db, viewer, project, period);
        if (i >= 2) cached.push(performance.now() - t);
      }
      console.log(
        `  ${label.padEnd(30)} расчёт ${median(computed).toFixed(1)} мс (худший ${Math.max(...computed).toFixed(1)} мс) · из кэша ${median(cached).toFixed(1)} мс`,
      );
    }
  } finally {
    await raw.end().catch(() => {});
    await db.$disconnect();
    if (!process.env.BENCH_KEEP_DB) await data.drop();
    else console.log(`База сохранена: ${dbName}`);
  }
});
