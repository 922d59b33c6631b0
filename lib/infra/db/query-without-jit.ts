// A read statement with PostgreSQL's JIT compilation off. The server compiles a statement whose estimated
// cost passes jit_above_cost; for the KPI statement (≈ 250 ms for a year of the 89-region benchmark) LLVM
// took 40–60 ms of it and saved nothing. Off for this statement only: SET LOCAL in its own transaction, or
// in the caller's (PGlite has no JIT: the setting changes nothing there).
import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { DbTx } from "./client";

export async function queryWithoutJit<T>(db: DbTx, sql: Prisma.Sql): Promise<T[]> {
  if (!("$transaction" in db)) {
    await db.$executeRaw`SET LOCAL jit = off`;
    return db.$queryRaw<T[]>(sql);
  }
  return (db as PrismaClient).$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<T[]>(sql);
  });
}
