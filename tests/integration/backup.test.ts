// Резервное копирование: a logical copy of a database restored into another gives the same rows and the
// same KPI reports; a copy of another schema version or a foreign file is refused and changes nothing.
// On PostgreSQL (TEST_DATABASE_URL) the pg_dump / pg_restore round trip is checked the same way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { importBundle } from "../../lib/bundle/import-bundle";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";
import { restoreLogicalBackup, writeLogicalBackup } from "../../lib/backup/logical-backup";
import { pgDump, pgRestore } from "../../lib/backup/pg-backup";
import { writeAudit } from "../../lib/audit/write-audit";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readSampleBundle, readSampleReports } from "../helpers/contract-fixtures";

let source: TestDatabase;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-backup-test-"));
beforeAll(async () => {
  source = await createTestDatabase();
  await importBundle(source.db, readSampleBundle());
  await writeAudit(source.db, { actorId: null, action: "update", entity: "Project", entityId: "x", after: { note: "до копии" } });
});
afterAll(async () => {
  await source.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

const reportsOf = (db: PrismaClient) =>
  Promise.all(
    readSampleReports().map(({ project, period }) =>
      computeKpiReport(db, { projectCode: project, year: period.year, quarter: period.quarter, cumulative: period.cumulative }),
    ),
  );
const counts = async (db: PrismaClient) => ({
  events: await db.event.count(),
  registrations: await db.registration.count(),
  feedback: await db.feedback.count(),
  publications: await db.publication.count(),
  audit: await db.auditLog.count(),
});

describe("logical backup (the embedded database's)", () => {
  it("restores the same rows and the same KPI reports; id sequences continue after the copy", async () => {
    const file = path.join(work, "copy.kadry-backup.gz");
    const written = await writeLogicalBackup(source.db, file);
    expect(written.rows).toBeGreaterThan(100);
    const target = await createTestDatabase();
    try {
      const restored = await restoreLogicalBackup(target.db, file);
      expect(restored.rows).toBe(written.rows);
      expect(await counts(target.db)).toEqual(await counts(source.db));
      expect(await reportsOf(target.db)).toEqual(await reportsOf(source.db));
      expect(await reportsOf(target.db)).toEqual(readSampleReports());
      const maxId = (await target.db.auditLog.aggregate({ _max: { id: true } }))._max.id!;
      await writeAudit(target.db, {
        actorId: null,
        action: "update",
        entity: "Project",
        entityId: "x",
        after: { note: "после" },
      });
      expect((await target.db.auditLog.aggregate({ _max: { id: true } }))._max.id).toBe(maxId + 1n);
      // restoring again replaces, not doubles
      await restoreLogicalBackup(target.db, file);
      expect(await counts(target.db)).toEqual(await counts(source.db));
    } finally {
      await target.drop();
    }
  });

  it("refuses a copy of another schema version and a foreign file, leaving the database as it was", async () => {
    const file = path.join(work, "other.kadry-backup.gz");
    await writeLogicalBackup(source.db, file);
    const target = await createTestDatabase();
    try {
      await target.db.$executeRawUnsafe(
        `DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
      );
      await expect(restoreLogicalBackup(target.db, file)).rejects.toMatchObject({ code: "CONFLICT" });
      const foreign = path.join(work, "foreign.gz");
      fs.writeFileSync(foreign, zlib.gzipSync('{"format":"something-else"}\n'));
      await expect(restoreLogicalBackup(target.db, foreign)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await target.db.project.count()).toBe(0);
    } finally {
      await target.drop();
    }
  });
});

// only where a PostgreSQL server runs the suite (the CI's second pass): pg_dump can't reach PGlite
if (process.env.TEST_DATABASE_URL) {
  describe("pg_dump / pg_restore (PostgreSQL)", () => {
    it("the restored database gives the same KPI reports", async () => {
      const file = path.join(work, "copy.dump");
      await pgDump(source.url, file);
      const target = await createTestDatabase();
      try {
        await pgRestore(target.url, file);
        expect(await counts(target.db)).toEqual(await counts(source.db));
        expect(await reportsOf(target.db)).toEqual(readSampleReports());
      } finally {
        await target.drop();
      }
    });
  });
}
