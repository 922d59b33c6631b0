import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../../infra/db/client";

/** Rows an upsert created and updated (the rest of what it received is unchanged). */
export type Changed = { created: number; updated: number };

const CHUNK = 20_000;

/** Runs a counting upsert (countUpserted) chunk by chunk and adds up what changed. */
export async function inChunks<T>(tx: DbTx, rows: T[], sql: (chunk: T[]) => Prisma.Sql): Promise<Changed> {
  const total = { created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const [r] = await tx.$queryRaw<Changed[]>(sql(rows.slice(i, i + CHUNK)));
    total.created += r.created;
    total.updated += r.updated;
  }
  return total;
}
