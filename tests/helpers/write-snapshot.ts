// "Nothing was written": per table, the row count and the newest row version (max xmin). An insert, an
// update or a delete committed by a refused call changes one of them; a write rolled back does not.
// Cheap enough to take before and after every refused call. The security log is left out: a refusal is
// meant to write there (checked separately).
import type { PrismaClient } from "@prisma/client";

export type WriteSnapshot = Record<string, string>;

const SKIPPED = ["SecurityEvent", "_prisma_migrations"];

export function writeSnapshots(db: PrismaClient) {
  let sql: string | undefined;
  return async function take(): Promise<WriteSnapshot> {
    if (!sql) {
      const tables = await db.$queryRaw<{ name: string }[]>`
        SELECT table_name::text AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`;
      const parts = tables
        .filter((t) => !SKIPPED.includes(t.name))
        .map((t) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${t.name}") AS "${t.name}"`);
      sql = `SELECT ${parts.join(", ")}`;
    }
    const [row] = await db.$queryRawUnsafe<WriteSnapshot[]>(sql);
    return row;
  };
}

/** The tables whose rows changed between two snapshots. */
export function changedTables(before: WriteSnapshot, after: WriteSnapshot): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}
