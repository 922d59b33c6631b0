// Резервная копия сервера PostgreSQL: pg_dump's custom format and pg_restore (--clean: the restored
// database replaces what is there). The client tools come with PostgreSQL (postgresql-client).
import "server-only";
import { spawn } from "node:child_process";
import { AppError } from "../infra/errors/app-error";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (error) =>
      reject(new AppError("UNAVAILABLE", `${command} не найден: установите клиент PostgreSQL (${error.message})`)),
    );
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new AppError("UNAVAILABLE", `${command} завершился с кодом ${code}: ${stderr.trim().split("\n")[0]}`)),
    );
  });
}

export function pgDump(url: string, file: string): Promise<void> {
  return run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    // the KPI cache and its change log hold transaction ids of this server only (lib/kpi/cached-kpi.ts):
    // restored elsewhere they could vouch for stale entries, so only their (empty) tables are copied
    '--exclude-table-data="KpiCache"',
    '--exclude-table-data="KpiDataChange"',
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
}

export function pgRestore(url: string, file: string): Promise<void> {
  return run("pg_restore", [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    `--dbname=${url}`,
    file,
  ]);
}
