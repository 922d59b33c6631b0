// Демо-данные (`npm run db:seed`): the Golden Ring project of seed 000 written through the bundle
// importer, the details the bundle does not carry, and one user per role. Every step is idempotent:
// running it again leaves the database as it was; anything that fails throws.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { importBundle, type ImportResult } from "../bundle/import-bundle";
import { applyDemoDetails, type DetailCounts } from "./apply-demo-details";
import { buildDemoBundle } from "./demo-bundle";
import { buildDemoData } from "./demo-data";
import { ensureDemoUsers, type DemoUser } from "./ensure-demo-users";
import { isDatabaseEmpty } from "./is-database-empty";

export type SeedOptions = {
  /** Seed only a database without any project (`--if-empty`). */
  ifEmpty?: boolean;
};

export type SeedResult =
  | { skipped: true; created: false }
  | {
      skipped: false;
      /** The demo project did not exist before this run. */
      created: boolean;
      import: ImportResult;
      details: DetailCounts;
      users: DemoUser[];
    };

export async function seedDemo(db: PrismaClient, opts: SeedOptions = {}): Promise<SeedResult> {
  if (opts.ifEmpty && !(await isDatabaseEmpty(db))) return { skipped: true, created: false };
  const data = buildDemoData();
  const imported = await importBundle(db, buildDemoBundle(data), { actorUserId: null });
  const details = await applyDemoDetails(db, imported.projectId, data);
  const users = await ensureDemoUsers(db, imported.projectId);
  // the demo accounts' passwords are published in the README: a second factor would protect nothing and
  // would stop anyone without an authenticator app from trying the portal. Production keeps the default.
  await db.securityPolicy.update({ where: { id: 1 }, data: { requireTotpForStaff: false } });
  return { skipped: false, created: imported.counts.project.created > 0, import: imported, details, users };
}
