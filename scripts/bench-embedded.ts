// Measures the two ways of running the embedded PGlite database with the real PrismaClient:
//   - "pglite-socket": PGlite behind @electric-sql/pglite-socket on loopback, used through
//     @prisma/adapter-pg (what lib/infra/db/ does: servePGlite + createPrismaClient);
//   - "pglite-prisma-adapter": the in-process driver adapter over the same PGlite instance type.
// Each option gets a fresh in-memory PGlite with the project's migrations and the same synthetic
// data. Results: docs/benchmarks.md, section "Embedded database". Run: npm run bench:embedded
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPrismaClient } from "../lib/infra/db/client";
import { servePGlite } from "../lib/infra/db/embedded-server";

const REGIONS = 5_000; // findUnique target table
const PARTICIPANTS = 50_000; // GROUP BY target table
const PARTICIPANT_REGIONS = 89; // participants spread over the first 89 regions (субъекты РФ)
const LOOKUPS = 1_000;
const SEQ_TX = 200;
const CONCURRENT_TX = 50;
const AGGREGATES = 20;
const RUNS = 5;
// `--adapter-first` runs the in-process option first, to check that the order does not bias the figures
const ADAPTER_FIRST = process.argv.includes("--adapter-first");

type Row = { option: string; operation: string; runsMs: number[]; ops: number; note?: string };
const rows: Row[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const regionId = (i: number) => `r${String(i).padStart(5, "0")}`;

async function freshDatabase(): Promise<PGlite> {
  const pglite = await PGlite.create();
  const dir = path.join(process.cwd(), "prisma", "migrations");
  for (const name of fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()) {
    await pglite.exec(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }
  await pglite.exec(`
    INSERT INTO "Project" (id, code, name, year, "targetEventsHeld", "updatedAt")
      VALUES ('p1', 'P1', 'Бенчмарк', 2026, 0, now());
    INSERT INTO "ParticipantCategory" (id, "projectId", code, name) VALUES ('c1', 'p1', 'C1', 'Категория');
    INSERT INTO "Region" (id, code, name)
      SELECT 'r' || lpad(i::text, 5, '0'), 'R' || i, 'Регион ' || i FROM generate_series(0, ${REGIONS - 1}) i;
    INSERT INTO "Participant" (id, "projectId", code, "fullName", "categoryId", "regionId", "updatedAt")
      SELECT 'u' || i, 'p1', 'U' || i, 'Участник ' || i, 'c1',
             'r' || lpad((i % ${PARTICIPANT_REGIONS})::text, 5, '0'), now()
        FROM generate_series(1, ${PARTICIPANTS}) i;
    ANALYZE;
  `);
  return pglite;
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function measure(option: string, operation: string, ops: number, fn: () => Promise<void>) {
  const runsMs: number[] = [];
  for (let r = 0; r < RUNS; r++) runsMs.push(await timed(fn));
  rows.push({ option, operation, runsMs, ops });
}

async function bench(option: string, db: PrismaClient) {
  // connect, then warm PGlite's WebAssembly and Prisma's query compiler (the first hundreds of
  // queries of a fresh instance are markedly slower); untimed
  for (let i = 0; i < 500; i++) await db.region.findUnique({ where: { id: regionId(i) } });
  for (let i = 0; i < 50; i++)
    await db.$transaction(async (tx) => {
      await tx.region.findUniqueOrThrow({ where: { id: regionId(i) } });
    });
  await db.participant.groupBy({ by: ["regionId"], _count: { _all: true } });

  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % REGIONS;
  await measure(option, `findUnique by PK ×${LOOKUPS} (Region, ${REGIONS} rows)`, LOOKUPS, async () => {
    for (let i = 0; i < LOOKUPS; i++) {
      const region = await db.region.findUnique({ where: { id: regionId(next()) } });
      if (!region) throw new Error("region not found");
    }
  });

  await measure(option, `interactive $transaction ×${SEQ_TX} sequential (read + update)`, SEQ_TX, async () => {
    for (let i = 0; i < SEQ_TX; i++) {
      const id = regionId(next());
      await db.$transaction(async (tx) => {
        const region = await tx.region.findUniqueOrThrow({ where: { id } });
        await tx.region.update({
          where: { id },
          data: { name: region.name.endsWith("*") ? region.name.slice(0, -1) : `${region.name}*` },
        });
      });
    }
  });

  // read-modify-write on one counter row; a transaction that saw another's uncommitted or
  // pre-commit state would write a stale value (a lost update), so the final value shows interleaving.
  const finals: number[] = [];
  const errors: string[] = [];
  const concurrentRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await db.project.update({ where: { id: "p1" }, data: { targetEventsHeld: 0 } });
    concurrentRuns.push(
      await timed(async () => {
        const results = await Promise.allSettled(
          Array.from({ length: CONCURRENT_TX }, () =>
            db.$transaction(async (tx) => {
              const project = await tx.project.findUniqueOrThrow({ where: { id: "p1" } });
              await sleep(2); // give any other transaction every chance to run in between
              await tx.project.update({ where: { id: "p1" }, data: { targetEventsHeld: project.targetEventsHeld + 1 } });
            }),
          ),
        );
        for (const result of results)
          if (result.status === "rejected") errors.push(String(result.reason?.message ?? result.reason).split("\n")[0]);
      }),
    );
    finals.push((await db.project.findUniqueOrThrow({ where: { id: "p1" } })).targetEventsHeld);
  }
  rows.push({
    option,
    operation: `${CONCURRENT_TX} concurrent interactive transactions (read-modify-write one counter)`,
    runsMs: concurrentRuns,
    ops: CONCURRENT_TX,
    note: `final counter per run: ${finals.join(", ")} (expected ${CONCURRENT_TX}); errors: ${errors.length}${errors.length ? ` — ${[...new Set(errors)].join("; ")}` : ""}`,
  });

  await measure(option, `groupBy regionId count ×${AGGREGATES} (Participant, ${PARTICIPANTS} rows)`, AGGREGATES, async () => {
    for (let i = 0; i < AGGREGATES; i++) {
      const groups = await db.participant.groupBy({ by: ["regionId"], _count: { _all: true } });
      if (groups.length !== PARTICIPANT_REGIONS) throw new Error(`expected ${PARTICIPANT_REGIONS} groups, got ${groups.length}`);
    }
  });
}

async function main() {
  const socket = async () => {
    for (const poolSize of [1, 4]) {
      const served = await servePGlite(await freshDatabase());
      const db = createPrismaClient(served.url, poolSize);
      try {
        await bench(`pglite-socket + adapter-pg (pool ${poolSize}${poolSize === 1 ? ", as the app" : ""})`, db);
      } finally {
        await db.$disconnect();
        await served.stop();
      }
    }
  };
  const inProcess = async () => {
    const pglite = await freshDatabase();
    // pglite-prisma-adapter 0.6.1 is typed against @prisma/driver-adapter-utils 6.10.1, whose
    // SqlQuery.argTypes differs from 6.19's; it never reads argTypes, so the cast is safe here.
    const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
    const db = new PrismaClient({ adapter });
    try {
      await bench("pglite-prisma-adapter 0.6.1 (in-process)", db);
    } finally {
      await db.$disconnect();
      await pglite.close();
    }
  };
  for (const run of ADAPTER_FIRST ? [inProcess, socket] : [socket, inProcess]) await run();

  console.log(`\nRuns per measurement: ${RUNS} after an untimed warm-up; figures are the median run.\n`);
  console.log("| option | operation | total ms (median) | ops/s | runs ms |");
  console.log("| --- | --- | ---: | ---: | --- |");
  for (const row of rows) {
    const ms = median(row.runsMs);
    console.log(
      `| ${row.option} | ${row.operation} | ${ms.toFixed(0)} | ${((row.ops * 1000) / ms).toFixed(0)} | ${row.runsMs.map((x) => x.toFixed(0)).join(" / ")} |`,
    );
  }
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log("\nConcurrency:");
    for (const row of notes) console.log(`- ${row.option}: ${row.note}`);
  }
  console.log("\nSecond process (CLI beside the portal): pglite-socket yes — it connects to the host's loopback port;");
  console.log("pglite-prisma-adapter no — PGlite's data directory can be opened by one process only.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
