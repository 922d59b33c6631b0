// Резервная копия базы «по строкам» (the embedded database, where pg_dump can't connect): every table
// of the public schema read in ONE repeatable-read transaction — a consistent snapshot even while the
// portal writes — and written as gzip'd JSON lines, a chunk of rows per line. Restore writes them back in
// one transaction into a database migrated to the same version: all or nothing.
// (name-typed catalog columns are cast to text: the pg adapter cannot read `name`, prisma issue 27403)
import "server-only";
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import { once } from "node:events";
import type { DbTx } from "../infra/db/client";
import type { PrismaClient } from "@prisma/client";
import { AppError } from "../infra/errors/app-error";

export const BACKUP_FORMAT = "kadry-backup/1";
const CHUNK = 2000;
const LONG = { timeout: 60 * 60_000, maxWait: 60_000 };

type Header = { format: string; createdAt: string; migrations: string[]; tables: string[] };
type Chunk = { table: string; rows: unknown[] };

/**
 * Derived tables, kept by the database's triggers: not copied — restoring the rows they derive from
 * rebuilds them (copied, they would be counted twice). Emptied on restore by TRUNCATE … CASCADE.
 */
const DERIVED_TABLES = ["EventAttendanceSummary"];
/**
 * The KPI cache and its change log (lib/kpi/cached-kpi.ts) hold transaction ids, which mean something
 * only in the database that wrote them: never copied; the cache is emptied on restore.
 */
const CACHE_TABLES = ["KpiCache", "KpiDataChange"];

/** Tables of the public schema except Prisma's migration log and derived tables, parents before children (FK order). */
async function tablesInOrder(tx: DbTx): Promise<string[]> {
  const tables = (
    await tx.$queryRaw<{ name: string }[]>`
      SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`
  )
    .map((t) => t.name)
    .filter((name) => !DERIVED_TABLES.includes(name) && !CACHE_TABLES.includes(name));
  const edges = await tx.$queryRaw<{ child: string; parent: string }[]>`
    SELECT c.relname::text AS child, p.relname::text AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`;
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (!ready.length) throw new Error("циклические внешние ключи: порядок таблиц не определён");
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

async function appliedMigrations(tx: DbTx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`;
  return rows.map((r) => r.name);
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

export async function writeLogicalBackup(db: PrismaClient, file: string): Promise<{ tables: number; rows: number }> {
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, "drain");
  };
  let rows = 0;
  const tables = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const tables = await tablesInOrder(tx);
    const header: Header = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(tx),
      tables,
    };
    await write(header);
    for (const table of tables) {
      // ctid order: stable inside one snapshot, no index needed
      for (let offset = 0; ; offset += CHUNK) {
        const [{ chunk }] = await tx.$queryRawUnsafe<{ chunk: unknown[] | null }[]>(
          `SELECT json_agg(t) AS chunk FROM (SELECT * FROM ${quoted(table)} ORDER BY ctid LIMIT ${CHUNK} OFFSET ${offset}) t`,
        );
        if (!chunk?.length) break;
        rows += chunk.length;
        await write({ table, rows: chunk } satisfies Chunk);
        if (chunk.length < CHUNK) break;
      }
    }
    return tables.length;
  }, LONG);
  gzip.end();
  await once(out, "finish");
  return { tables, rows };
}

/**
 * Restores a backup into `db`, which must be migrated to the backup's version. Existing rows of every table
 * are replaced (TRUNCATE … CASCADE) inside the same transaction, so a failure leaves the database as it was.
 */
export async function restoreLogicalBackup(db: PrismaClient, file: string): Promise<{ tables: number; rows: number }> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (header?.format !== BACKUP_FORMAT) throw new AppError("BAD_REQUEST", "Это не резервная копия портала (kadry-backup/1)");
  let rows = 0;
  await db.$transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations.join("\n") !== header.migrations.join("\n")) {
      throw new AppError(
        "CONFLICT",
        "Версия схемы базы не совпадает с копией: выполните npm run db:migrate той же версией портала",
      );
    }
    const tables = await tablesInOrder(tx);
    await tx.$executeRawUnsafe(`TRUNCATE ${[...tables, "KpiCache"].map(quoted).join(", ")} RESTART IDENTITY CASCADE`);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = JSON.parse(next.value) as Chunk;
      if (!tables.includes(chunk.table)) throw new AppError("CONFLICT", `В базе нет таблицы ${chunk.table} из копии`);
      // json_populate_recordset turns JSON back into the columns' own types (enums, arrays, jsonb, bigint)
      await tx.$executeRawUnsafe(
        `INSERT INTO ${quoted(chunk.table)} SELECT * FROM json_populate_recordset(NULL::${quoted(chunk.table)}, $1::json)`,
        JSON.stringify(chunk.rows),
      );
      rows += chunk.rows.length;
    }
    // bigserial columns (audit logs) continue after the restored ids
    const serials = await tx.$queryRaw<{ tbl: string; col: string }[]>`
      SELECT table_name::text AS tbl, column_name::text AS col FROM information_schema.columns
       WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`;
    for (const s of serials) {
      await tx.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('${quoted(s.tbl)}', '${s.col}'), coalesce((SELECT max("${s.col}") FROM ${quoted(s.tbl)}), 0) + 1, false)`,
      );
    }
  }, LONG);
  return { tables: header.tables.length, rows };
}
