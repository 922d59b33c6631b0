// A PostgreSQL cluster of a test's own (initdb in a temp dir, a free port), so a test may stop and start
// it without touching the shared server. As root the server runs as the `postgres` user (initdb refuses
// root). PG_BIN: the server's binaries (default /usr/lib/postgresql/15/bin).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/infra/net/free-port";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type Cluster = { url: string; port: number; stop(): void; start(): void; destroy(): void };

function asServerUser(args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", ...args] : args;
}

function run(args: string[]) {
  const [command, ...rest] = asServerUser(args);
  execFileSync(command, rest, { stdio: ["ignore", "pipe", "pipe"] });
}

export async function startCluster(): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  run([`${BIN}/initdb`, "-D", data, "-U", "kadry", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const pgCtl = (action: string, extra: string[] = []) =>
    run([
      `${BIN}/pg_ctl`,
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
      "-w",
      ...extra,
      action,
    ]);
  pgCtl("start");
  let running = true;
  const cluster: Cluster = {
    url: `postgresql://kadry@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (running) pgCtl("stop", ["-m", "fast"]);
      running = false;
    },
    start() {
      if (!running) pgCtl("start");
      running = true;
    },
    destroy() {
      try {
        cluster.stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
