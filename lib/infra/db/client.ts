// The one database client of the app, the CLI and the tests. Both databases go through the pg driver
// adapter; the embedded one is started (or found) on first use, so importing this module is cheap.
import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { resolveDatabaseUrl } from "./database-url";

/** A client for a known URL (tests create one per database). */
export function createPrismaClient(url: string | (() => Promise<string>), poolSize = 10): PrismaClient {
  const adapter: SqlDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const connectionString = typeof url === "string" ? url : await url();
      // a burst (200 people registering for one event at once) queues for the pool's connections: wait as
      // long as a transaction may wait (maxWait below) rather than fail; a stopped server fails at once
      return new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 30_000 }).connect();
    },
  };
  // Prisma's defaults (wait 2 s for a connection, 5 s per transaction) are too tight for the embedded
  // database's single connection under concurrent requests and for a slow office laptop; still bounded
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000, timeout: 30_000 } });
}

const globalForDb = globalThis as unknown as { kadryDb?: PrismaClient };

/** The application's client: DATABASE_URL, or the embedded database. */
export const db: PrismaClient = (globalForDb.kadryDb ??= createPrismaClient(
  resolveDatabaseUrl,
  process.env.DATABASE_URL ? Number(process.env.DATABASE_POOL_SIZE ?? 10) : 1,
));

export type Db = PrismaClient;
/** A client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
