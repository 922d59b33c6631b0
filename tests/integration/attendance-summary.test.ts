// EventAttendanceSummary (issue 5): the dashboard's coverage and exchange matrix read attendances per event
// by category and home region from a summary the database's triggers keep. After every kind of write that
// changes attendance or participants — marking, by list, the participant card, merge, anonymization, a
// repeated bundle import, plain SQL, a backup restored — the summary must equal a GROUP BY over the
// registrations, and getAttendanceBreakdown must equal the query it replaced (the oracle below).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@prisma/client";
import { importBundle } from "../../lib/bundle/import-bundle";
import { restoreLogicalBackup, writeLogicalBackup } from "../../lib/backup/logical-backup";
import { getAttendanceBreakdown, type AttendanceBreakdown } from "../../lib/kpi/get-attendance-breakdown";
import { loadKpiScope } from "../../lib/kpi/load-kpi-scope";
import { markAttendance, markAttendanceByList } from "../../lib/registrations/mark-attendance";
import { mergeParticipants } from "../../lib/participants/merge-participants";
import { updateParticipant } from "../../lib/participants/update-participant";
import { anonymizeParticipant } from "../../lib/personal-data/anonymize-participant";
import type { SessionUser } from "../../lib/auth/permissions";
import { splitSqlScript } from "../../lib/infra/db/split-sql-script";
import { makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readSampleBundle } from "../helpers/contract-fixtures";

const PROJECT = "golden-ring-2026";
const PERIODS = [
  { year: 2026, quarter: null, cumulative: false },
  { year: 2026, quarter: 2, cumulative: false },
  { year: 2026, quarter: 4, cumulative: true },
];

let t: TestDatabase;
let admin: SessionUser;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-summary-test-"));
beforeAll(async () => {
  t = await createTestDatabase();
  await importBundle(t.db, readSampleBundle());
  admin = (await makeUser(t.db, "ADMIN")).session;
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

type Cell = { eventId: string; categoryId: string; homeRegionId: string; attended: number };

const summaryOf = (db: PrismaClient) =>
  db.$queryRaw<Cell[]>`SELECT "eventId", "categoryId", "homeRegionId", attended FROM "EventAttendanceSummary" ORDER BY 1, 2, 3`;

const registrationsGrouped = (db: PrismaClient) =>
  db.$queryRaw<Cell[]>`
    SELECT r."eventId", p."categoryId", p."regionId" AS "homeRegionId", count(*)::int AS attended
      FROM "Registration" r JOIN "Participant" p ON p.id = r."participantId"
     WHERE r.attended GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

/** The breakdown as it was computed before the summary: every attended registration joined with its participant. */
async function oracleBreakdown(db: PrismaClient, period: (typeof PERIODS)[number]): Promise<AttendanceBreakdown> {
  const scope = await loadKpiScope(db, PROJECT, period);
  const rows = await db.$queryRaw<
    { categoryId: string; homeId: string; hostId: string; n: number; byCategory: boolean }[]
  >(Prisma.sql`
    SELECT pa."categoryId", pa."regionId" AS "homeId", e."regionId" AS "hostId", count(*)::int AS n,
           GROUPING(pa."regionId") = 1 AS "byCategory"
      FROM "Registration" r
      JOIN "Event" e ON e.id = r."eventId"
      JOIN "Participant" pa ON pa.id = r."participantId"
     WHERE r.attended AND e."projectId" = ${scope.project.id} AND e.status = 'held'
       AND e."startsAt" >= ${scope.start}::timestamp AND e."startsAt" < ${scope.end}::timestamp
     GROUP BY GROUPING SETS ((pa."categoryId"), (pa."regionId", e."regionId"))`);
  return {
    byCategory: rows.filter((r) => r.byCategory).map((r) => ({ categoryId: r.categoryId, n: r.n })),
    byRegions: rows.filter((r) => !r.byCategory).map((r) => ({ homeId: r.homeId, hostId: r.hostId, n: r.n })),
  };
}

const sorted = (b: AttendanceBreakdown) => ({
  byCategory: [...b.byCategory].sort((x, y) => x.categoryId.localeCompare(y.categoryId)),
  byRegions: [...b.byRegions].sort((x, y) => x.homeId.localeCompare(y.homeId) || x.hostId.localeCompare(y.hostId)),
});

/** The summary equals the registrations grouped, and each period's breakdown equals the oracle's; returns the year's. */
async function expectExact(db: PrismaClient = t.db): Promise<AttendanceBreakdown> {
  expect(await summaryOf(db)).toEqual(await registrationsGrouped(db));
  let year: AttendanceBreakdown | undefined;
  for (const period of PERIODS) {
    const scope = await loadKpiScope(db, PROJECT, period);
    const breakdown = sorted(await getAttendanceBreakdown(db, scope));
    expect(breakdown, JSON.stringify(period)).toEqual(sorted(await oracleBreakdown(db, period)));
    year ??= breakdown;
  }
  return year!;
}

const total = (b: AttendanceBreakdown) => b.byCategory.reduce((sum, c) => sum + c.n, 0);
const countOf = (b: AttendanceBreakdown, categoryId: string) => b.byCategory.find((c) => c.categoryId === categoryId)?.n ?? 0;

/** Registrations at held events of 2026 with the participant, for picking test subjects. */
async function heldRegistrations(where: Prisma.RegistrationWhereInput = {}) {
  return t.db.registration.findMany({
    where: { event: { status: "held", project: { code: PROJECT } }, ...where },
    include: { event: true, participant: true },
    orderBy: { id: "asc" },
  });
}

describe("EventAttendanceSummary stays equal to the registrations", () => {
  it("after the bundle import; the migration's backfill computes the same rows", async () => {
    const year = await expectExact();
    expect(total(year)).toBeGreaterThan(500);
    const rows = await summaryOf(t.db);
    expect(rows.length).toBeGreaterThan(100);
    const migration = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../prisma/migrations/20261125220000_event_attendance_summary/migration.sql"),
      "utf8",
    );
    const backfill = splitSqlScript(migration).find((s) => s.includes(`INSERT INTO "EventAttendanceSummary" ("eventId"`))!;
    await t.db.$executeRaw`DELETE FROM "EventAttendanceSummary"`;
    await t.db.$executeRawUnsafe(backfill);
    expect(await summaryOf(t.db)).toEqual(rows);
  });

  it("marking one attendance and taking it back", async () => {
    const [reg] = await heldRegistrations({ status: "registered", attended: false });
    const before = total(await expectExact());
    const after = new Date(reg.event.startsAt.getTime() + 3_600_000);
    await markAttendance(t.db, admin, reg.id, true, after);
    expect(total(await expectExact())).toBe(before + 1);
    await markAttendance(t.db, admin, reg.id, false, after);
    expect(total(await expectExact())).toBe(before);
  });

  it("marking by list: the whole event at once, then nobody", async () => {
    const [reg] = await heldRegistrations({ status: "registered", attended: false });
    const registered = await t.db.registration.findMany({ where: { eventId: reg.eventId, status: "registered" } });
    const after = new Date(reg.event.startsAt.getTime() + 3_600_000);
    const before = total(await expectExact());
    const result = await markAttendanceByList(
      t.db,
      admin,
      { eventId: reg.eventId, attendedIds: registered.map((r) => r.id) },
      after,
    );
    expect(total(await expectExact())).toBe(before + result.marked);
    await markAttendanceByList(t.db, admin, { eventId: reg.eventId, attendedIds: [] }, after);
    expect(total(await expectExact())).toBe(before + result.marked - registered.length);
  });

  it("a participant's new category and region on their card", async () => {
    const [reg] = await heldRegistrations({ attended: true });
    const p = reg.participant;
    const other = await t.db.participantCategory.findFirstOrThrow({
      where: { projectId: p.projectId, id: { not: p.categoryId } },
    });
    const region = await t.db.projectRegion.findFirstOrThrow({
      where: { projectId: p.projectId, regionId: { not: p.regionId } },
    });
    const attended = await t.db.registration.count({ where: { participantId: p.id, attended: true, event: { status: "held" } } });
    const before = await expectExact();
    await updateParticipant(t.db, admin, {
      id: p.id,
      fullName: p.fullName,
      email: p.email,
      phone: p.phone,
      organization: p.organization,
      position: p.position,
      categoryId: other.id,
      regionId: region.regionId,
    });
    const now = await expectExact();
    expect(countOf(now, other.id)).toBe(countOf(before, other.id) + attended);
    expect(countOf(now, p.categoryId)).toBe(countOf(before, p.categoryId) - attended);
  });

  it("a repeated import with changed attendance, categories and regions", async () => {
    const bundle = readSampleBundle() as ReturnType<typeof readSampleBundle> & {
      registrations: { eventCode: string; participantCode: string; attended: boolean; status: string }[];
      feedback: { eventCode: string; participantCode: string }[];
      events: { code: string; status: string }[];
      participants: { categoryCode: string; regionCode: string }[];
      categories: { code: string }[];
      regions: { code: string }[];
    };
    // attendance may change only at held events and where nobody left feedback (the bundle's rules)
    const held = new Set(bundle.events.filter((e) => e.status === "held").map((e) => e.code));
    const rated = new Set(bundle.feedback.map((f) => `${f.eventCode} ${f.participantCode}`));
    bundle.registrations.forEach((r, i) => {
      const free = r.status === "registered" && held.has(r.eventCode) && !rated.has(`${r.eventCode} ${r.participantCode}`);
      if (free && i % 7 === 0) r.attended = !r.attended;
    });
    bundle.participants.forEach((p, i) => {
      if (i % 5 === 0) p.categoryCode = bundle.categories[(i / 5) % bundle.categories.length].code;
      if (i % 9 === 0) p.regionCode = bundle.regions[(i / 9) % bundle.regions.length].code;
    });
    const before = total(await expectExact());
    const result = await importBundle(t.db, bundle);
    expect(result.counts.registrations.updated).toBeGreaterThan(0);
    expect(result.counts.participants.updated).toBeGreaterThan(0);
    expect(total(await expectExact())).not.toBe(before);
  });

  it("merging two records of one person (shared events, moved and dropped registrations)", async () => {
    // two participants of different categories who both attended some event, plus their other events
    const [pair] = await t.db.$queryRaw<{ a: string; b: string }[]>`
      SELECT ra."participantId" AS a, rb."participantId" AS b
        FROM "Registration" ra JOIN "Registration" rb ON rb."eventId" = ra."eventId" AND rb."participantId" <> ra."participantId"
        JOIN "Participant" pa ON pa.id = ra."participantId" JOIN "Participant" pb ON pb.id = rb."participantId"
       WHERE ra.attended AND rb.attended AND pa."categoryId" <> pb."categoryId" AND pa."anonymizedAt" IS NULL AND pb."anonymizedAt" IS NULL
       ORDER BY ra.id, rb.id LIMIT 1`;
    const dup = await t.db.participant.findUniqueOrThrow({ where: { id: pair.b } });
    const dupAttended = await t.db.registration.count({ where: { participantId: dup.id, attended: true } });
    expect(dupAttended).toBeGreaterThan(0);
    await mergeParticipants(t.db, admin, { id: pair.a, other: dup.code, keep: "this" });
    expect(await t.db.participant.count({ where: { id: dup.id } })).toBe(0);
    await expectExact();
  });

  it("anonymizing a participant keeps their attendances where they were", async () => {
    const [reg] = await heldRegistrations({ attended: true, participant: { anonymizedAt: null } });
    const before = await expectExact();
    await anonymizeParticipant(t.db, admin, reg.participantId);
    expect(await expectExact()).toEqual(before);
  });

  it("plain SQL: a registration moved to another event and participant, deletions, bulk updates", async () => {
    const [a, b] = await heldRegistrations({ attended: true });
    const spare = await t.db.participant.findFirstOrThrow({
      where: { projectId: a.participant.projectId, registrations: { none: { eventId: b.eventId } } },
    });
    await t.db.$executeRaw`UPDATE "Registration" SET "eventId" = ${b.eventId}, "participantId" = ${spare.id} WHERE id = ${a.id}`;
    await expectExact();
    await t.db.$executeRaw`DELETE FROM "Registration" WHERE id = ${b.id}`;
    await expectExact();
    // a participant deleted with their registrations (cascade)
    const [c] = await heldRegistrations({ attended: true });
    await t.db.$executeRaw`DELETE FROM "Participant" WHERE id = ${c.participantId}`;
    await expectExact();
    // an event deleted with its registrations and its summary rows (cascade)
    const [d] = await heldRegistrations({ attended: true });
    await t.db.$executeRaw`DELETE FROM "Event" WHERE id = ${d.eventId}`;
    await expectExact();
    // many participants at once: every other one swaps category and region
    const categories = await t.db.participantCategory.findMany({
      where: { project: { code: PROJECT } },
      orderBy: { code: "asc" },
    });
    await t.db.$executeRaw`
      UPDATE "Participant" p SET "categoryId" = ${categories[0].id}, "regionId" = (
        SELECT pr."regionId" FROM "ProjectRegion" pr WHERE pr."projectId" = p."projectId" AND pr."regionId" <> p."regionId"
         ORDER BY pr."regionId" LIMIT 1)
       WHERE p.code LIKE '%1' OR p.code LIKE '%4'`;
    await expectExact();
    // all attendances of half the events off, then the other way round for every registration
    await t.db
      .$executeRaw`UPDATE "Registration" SET attended = false WHERE "eventId" IN (SELECT id FROM "Event" WHERE code LIKE '%1')`;
    await expectExact();
    await t.db.$executeRaw`UPDATE "Registration" SET attended = NOT attended WHERE status = 'registered'`;
    const flipped = await expectExact();
    expect(total(flipped)).toBeGreaterThan(0);
  });

  it("a logical backup restored elsewhere, twice: rebuilt by the triggers, not copied and counted twice", async () => {
    const file = path.join(work, "copy.kadry-backup.gz");
    await writeLogicalBackup(t.db, file);
    const target = await createTestDatabase();
    try {
      await restoreLogicalBackup(target.db, file);
      await restoreLogicalBackup(target.db, file);
      await expectExact(target.db);
      expect(await summaryOf(target.db)).toEqual(await summaryOf(t.db));
    } finally {
      await target.drop();
    }
  });

  it("TRUNCATE of the registrations empties the summary", async () => {
    await t.db.$executeRawUnsafe(`TRUNCATE "Registration" CASCADE`);
    expect(await summaryOf(t.db)).toEqual([]);
    await expectExact();
  });
});
