// Migrates one template database per test run; each test file then gets a fresh copy of it
// (tests/helpers/test-database.ts): PostgreSQL when TEST_DATABASE_URL is set, PGlite otherwise.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { servePGlite } from "../../lib/infra/db/embedded-server";
import { migrateDatabase } from "../../lib/infra/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "postgres"; templateName: string } | { kind: "pglite"; dumpPath: string };
  }
}

export function templateUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `kadry_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    await migrateDatabase(templateUrl(serverUrl, templateName));
    project.provide("testDatabase", { kind: "postgres", templateName });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.end();
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const served = await servePGlite(await PGlite.create());
  await migrateDatabase(served.url);
  const dump = await served.pglite.dumpDataDir("none");
  const dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kadry-test-")), "template.tar");
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await served.stop();
  project.provide("testDatabase", { kind: "pglite", dumpPath });
  return () => fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true });
}
