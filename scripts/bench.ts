// npm run bench — every benchmark of the portal, one after another; each prints its own figures.
// bench:kpi needs a PostgreSQL server (BENCH_DATABASE_URL or DATABASE_URL) and is skipped without one.
import { spawnSync } from "node:child_process";

const benches: { script: string; needsPostgres: boolean }[] = [
  { script: "bench:embedded", needsPostgres: false },
  { script: "bench:kpi", needsPostgres: true },
  { script: "bench:lighthouse", needsPostgres: false },
  { script: "bench:load", needsPostgres: true },
];

let failed = 0;
for (const { script, needsPostgres } of benches) {
  if (needsPostgres && !process.env.BENCH_DATABASE_URL && !process.env.DATABASE_URL) {
    console.log(`\n== ${script}: пропущен — задайте BENCH_DATABASE_URL (сервер PostgreSQL)`);
    continue;
  }
  console.log(`\n== ${script}`);
  const result = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
