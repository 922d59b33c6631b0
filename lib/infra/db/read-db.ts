// An optional read replica for read-heavy pages (the dashboard, the event list, the KPI API):
// DATABASE_REPLICA_URL, or the primary when unset. Only reads that tolerate a little replication lag
// go here; writes, sessions and read-after-write screens stay on `db`.
//
// Why not @prisma/extension-read-replicas: its Prisma 6 releases (0.4.x) build the replica client from a
// URL without a driver adapter, so with adapters the replica is never used (prisma/extension-read-replicas
// issue 39); 0.5, which takes client instances, needs Prisma 7.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient, db } from "./client";

const globalForReplica = globalThis as unknown as { kadryReadDb?: PrismaClient };

export const readDb: PrismaClient = process.env.DATABASE_REPLICA_URL
  ? (globalForReplica.kadryReadDb ??= createPrismaClient(
      process.env.DATABASE_REPLICA_URL,
      Number(process.env.DATABASE_POOL_SIZE ?? 10),
    ))
  : db;
