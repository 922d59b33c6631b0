// npm run db:seed: the demo project passes the bundle's validation, seeding an empty database creates the
// Golden Ring project with one user per role, and a second run changes nothing (PGlite by default,
// PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { ROLES } from "../../lib/auth/permissions";
import { EVENT_FORMATS } from "../../lib/bundle/bundle-schema";
import { validateBundle } from "../../lib/bundle/validate-bundle";
import { DEMO_TODAY } from "../../lib/seed/data/reference";
import { DEMO_ACCOUNTS } from "../../lib/seed/demo-accounts";
import { buildDemoBundle } from "../../lib/seed/demo-bundle";
import { isDatabaseEmpty } from "../../lib/seed/is-database-empty";
import { seedDemo } from "../../lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await t.db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = n;
  }
  return counts;
}

describe("demo bundle", () => {
  it("is the same on every call (seeded PRNG, no clock)", () => {
    expect(JSON.stringify(buildDemoBundle())).toBe(JSON.stringify(buildDemoBundle()));
  });

  it("passes the bundle's validation", async () => {
    const validation = await validateBundle(t.db, buildDemoBundle());
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
  });
});

describe("seedDemo", () => {
  it("fills an empty database with the Golden Ring project", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    const result = await seedDemo(t.db);
    expect(result).toMatchObject({ skipped: false, created: true });
    expect(await isDatabaseEmpty(t.db)).toBe(false);

    const project = await t.db.project.findUniqueOrThrow({ where: { code: "golden-ring-2026" } });
    expect(project).toMatchObject({ year: 2026, timezone: "Europe/Moscow", targetEventsHeld: 20, targetExpertsPerRegion: 5 });
    const regions = await t.db.region.findMany({
      where: { projects: { some: { projectId: project.id } } },
      orderBy: { code: "asc" },
    });
    expect(regions.map((r) => [r.code, r.timezone])).toEqual([
      ["IVA", "Europe/Moscow"],
      ["KOS", "Europe/Moscow"],
      ["VLA", "Europe/Moscow"],
      ["YAR", "Europe/Moscow"],
    ]);
    expect(await t.db.participantCategory.count({ where: { projectId: project.id } })).toBe(10);
    expect(await t.db.direction.count({ where: { projectId: project.id } })).toBeGreaterThanOrEqual(12);

    const events = await t.db.event.findMany({ where: { projectId: project.id } });
    expect(events.length).toBeGreaterThanOrEqual(35);
    expect(new Set(events.map((e) => e.format))).toEqual(new Set(EVENT_FORMATS));
    const byStatus = (status: string) => events.filter((e) => e.status === status);
    expect(byStatus("held").length).toBeGreaterThanOrEqual(20);
    expect(byStatus("cancelled").length).toBeGreaterThan(0);
    expect(byStatus("held").every((e) => e.startsAt < DEMO_TODAY)).toBe(true);
    expect(byStatus("planned").every((e) => e.startsAt > DEMO_TODAY)).toBe(true);
    expect(byStatus("planned").some((e) => e.startsAt.toISOString().startsWith("2026-12"))).toBe(true);
    // details the bundle does not carry
    for (const e of events) {
      expect(e.description, e.code).toBeTruthy();
      expect(e.registrationDeadline, e.code).not.toBeNull();
      if (e.format === "webinar") expect(e.onlineUrl, e.code).toMatch(/^https:\/\//);
      else expect([e.venue, e.address], e.code).toEqual([expect.any(String), expect.any(String)]);
    }

    const registrations = await t.db.registration.findMany({ include: { event: true } });
    expect(new Set(registrations.map((r) => r.status))).toEqual(new Set(["registered", "waitlisted", "cancelled"]));
    expect(registrations.filter((r) => r.attended).every((r) => r.status === "registered" && r.event.status === "held")).toBe(
      true,
    );
    const ratings = (await t.db.feedback.findMany()).map((f) => f.rating);
    expect(ratings.length).toBeGreaterThan(100);
    expect(ratings.filter((r) => r >= 4).length / ratings.length).toBeGreaterThan(0.8);

    const participants = await t.db.participant.findMany({ where: { projectId: project.id } });
    expect(participants.length).toBeGreaterThanOrEqual(140);
    expect(new Set(participants.map((p) => p.categoryId)).size).toBe(10);
    expect(participants.every((p) => p.organization && p.position)).toBe(true);
    for (const region of regions) {
      const independent = await t.db.expert.count({ where: { projectId: project.id, regionId: region.id, independent: true } });
      expect(independent, region.code).toBeGreaterThanOrEqual(5);
      expect(
        await t.db.publication.count({ where: { projectId: project.id, regionId: region.id } }),
        region.code,
      ).toBeGreaterThan(0);
    }
    const kinds = await t.db.informationResource.findMany({ where: { projectId: project.id }, select: { kind: true } });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["media", "portal", "social"]));
  });

  it("creates one user per role with the documented passwords and links", async () => {
    const users = await t.db.user.findMany({
      include: { regions: { include: { region: true } }, experts: true, participants: true },
    });
    expect(users.map((u) => u.role).sort()).toEqual([...ROLES, "COORDINATOR"].sort());
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email)!;
      expect(user.role, account.email).toBe(account.role);
      expect(
        user.regions.map((r) => r.region.code),
        account.email,
      ).toEqual(account.regionCodes ?? []);
    }
    const admin = users.find((u) => u.role === "ADMIN")!;
    expect(await verifyPassword(admin.passwordHash, DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!.password)).toBe(true);

    const expert = users.find((u) => u.role === "EXPERT")!;
    expect(expert.experts).toHaveLength(1);
    expect(expert.fullName).toBe(expert.experts[0].fullName);

    const participant = users.find((u) => u.role === "PARTICIPANT")!;
    expect(participant.participants).toHaveLength(1);
    const own = await t.db.registration.findMany({
      where: { participantId: participant.participants[0].id },
      include: { event: true },
    });
    expect(own.some((r) => r.status === "registered" && r.event.status === "planned" && r.event.startsAt > DEMO_TODAY)).toBe(
      true,
    );
    expect(own.some((r) => r.attended && r.event.status === "held")).toBe(true);
  });

  it("a second run changes nothing and keeps the users' passwords", async () => {
    const before = await rowCounts();
    const hashes = await t.db.user.findMany({
      select: { email: true, passwordHash: true, updatedAt: true },
      orderBy: { email: "asc" },
    });
    const events = await t.db.event.findMany({ select: { code: true, updatedAt: true }, orderBy: { code: "asc" } });

    const again = await seedDemo(t.db);
    if (again.skipped) throw new Error("the second run was skipped");
    expect(again.created).toBe(false);
    for (const [entity, count] of Object.entries(again.import.counts)) {
      expect({ entity, created: count.created, updated: count.updated }).toEqual({ entity, created: 0, updated: 0 });
    }
    expect(Object.values(again.details).every((n) => n === 0)).toBe(true);
    expect(again.users.every((u) => !u.created)).toBe(true);

    // every table, the audit log included: an import that changes nothing is not logged
    expect(await rowCounts()).toEqual(before);
    expect(
      await t.db.user.findMany({ select: { email: true, passwordHash: true, updatedAt: true }, orderBy: { email: "asc" } }),
    ).toEqual(hashes);
    expect(await t.db.event.findMany({ select: { code: true, updatedAt: true }, orderBy: { code: "asc" } })).toEqual(events);
  });

  it("--if-empty leaves a database with a project alone", async () => {
    const before = await rowCounts();
    expect(await seedDemo(t.db, { ifEmpty: true })).toEqual({ skipped: true, created: false });
    expect(await rowCounts()).toEqual(before);
  });
});
