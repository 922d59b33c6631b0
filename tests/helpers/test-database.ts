// A fresh, migrated database for one test file: a PGlite in memory (default) or a new PostgreSQL
// database cloned from the run's template when TEST_DATABASE_URL is set. Same client as the app.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../../lib/infra/db/client";
import { servePGlite } from "../../lib/infra/db/embedded-server";
import { templateUrl } from "./global-setup";

export type TestDatabase = { db: PrismaClient; url: string; kind: "postgres" | "pglite"; drop: () => Promise<void> };

export async function createTestDatabase(poolSize = 4): Promise<TestDatabase> {
  const info = inject("testDatabase");
  if (info.kind === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = `kadry_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${info.templateName}`);
    const url = templateUrl(serverUrl, name);
    const db = createPrismaClient(url, poolSize);
    return {
      db,
      url,
      kind: "postgres",
      drop: async () => {
        await db.$disconnect();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(info.dumpPath)]) });
  const served = await servePGlite(pglite);
  const db = createPrismaClient(served.url, poolSize);
  return {
    db,
    url: served.url,
    kind: "pglite",
    drop: async () => {
      await db.$disconnect();
      await served.stop();
    },
  };
}
