// Prisma CLI configuration: the JavaScript schema engine with the pg driver adapter, so migrations
// run without downloading a native engine, against PostgreSQL or the embedded PGlite server alike.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./lib/infra/db/migration-adapter";

// The schema's datasource url is required but unused (see schema.prisma).
process.env.PRISMA_SCHEMA_URL ??= "postgresql://unused@localhost/unused";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: migrationAdapter,
});
