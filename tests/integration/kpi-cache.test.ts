// The KPI cache (issue 9, lib/kpi/cached-kpi.ts): a cached report or dashboard is served only while
// nothing it was computed from has changed. After every kind of write that changes what the KPI reads the
// next request recomputes, and the answer equals a fresh computation; writes that change nothing the KPI
// reads (a registration, an event's description, a participant's name) keep the entry. On PostgreSQL, a
// change still running when the entry was computed invalidates it once committed.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/permissions";
import { importBundle } from "../../lib/bundle/import-bundle";
import { cachedKpi } from "../../lib/kpi/cached-kpi";
import { computeKpiReport, type KpiQuery } from "../../lib/kpi/compute-kpi-report";
import { getDashboardData } from "../../lib/kpi/get-dashboard-data";
import { answerKpiRequest } from "../../lib/kpi/kpi-request";
import { markAttendance } from "../../lib/registrations/mark-attendance";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readSampleBundle } from "../helpers/contract-fixtures";

const PROJECT = "golden-ring-2026";
const YEAR: KpiQuery = { projectCode: PROJECT, year: 2026 };

let t: TestDatabase;
let admin: SessionUser;
let computed = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  await importBundle(t.db, readSampleBundle());
  admin = (await makeUser(t.db, "ADMIN")).session;
});
afterAll(async () => t?.drop());
beforeEach(() => {
  computed = 0;
});

/** The year's report through the cache, counting real computations. */
const cachedYear = () =>
  cachedKpi(t.db, "test:year", (source) => {
    computed += 1;
    return computeKpiReport(source, YEAR);
  });

const pick = ({ projectId, categoryId, regionId }: { projectId: string; categoryId: string; regionId: string }) => ({
  projectId,
  categoryId,
  regionId,
});

const someRegistration = async (attended: boolean) =>
  t.db.registration.findFirstOrThrow({
    where: { attended, status: "registered", event: { status: "held", project: { code: PROJECT } } },
    include: { event: true },
    orderBy: { id: "asc" },
  });

describe("KPI cache", () => {
  it("answers the second request from the cache with the computed report", async () => {
    const first = await cachedYear();
    const second = await cachedYear();
    expect(computed).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(await computeKpiReport(t.db, YEAR));
    // the API answers the same report through the same cache
    const api = await answerKpiRequest(t.db, admin, PROJECT, new URLSearchParams({ year: "2026" }));
    expect(api).toEqual({ status: 200, body: first });
  });

  it("fifty simultaneous requests for an invalid entry compute it once on an instance", async () => {
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
    const answers = await Promise.all(Array.from({ length: 50 }, () => cachedYear()));
    expect(computed).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });

  // each write changes something the KPI reads: the next request must recompute and see it
  const changes: [string, () => Promise<unknown>][] = [
    [
      "marking an attendance",
      async () => {
        const reg = await someRegistration(false);
        await markAttendance(t.db, admin, reg.id, true, new Date(reg.event.startsAt.getTime() + 3_600_000));
      },
    ],
    [
      "a new rating",
      async () => {
        const reg = await t.db.registration.findFirstOrThrow({
          where: {
            attended: true,
            event: { status: "held", project: { code: PROJECT } },
            participant: { feedback: { none: {} } },
          },
        });
        await t.db.feedback.create({ data: { eventId: reg.eventId, participantId: reg.participantId, rating: 1 } });
      },
    ],
    [
      "an event no longer held",
      async () => {
        const { event } = await someRegistration(true);
        await t.db.event.update({ where: { id: event.id }, data: { status: "cancelled", cancelReason: "тест" } });
      },
    ],
    [
      "a participant's new category",
      async () => {
        const reg = await someRegistration(true);
        const other = await t.db.participantCategory.findFirstOrThrow({
          where: { project: { code: PROJECT }, NOT: { participants: { some: { id: reg.participantId } } } },
        });
        await t.db.participant.update({ where: { id: reg.participantId }, data: { categoryId: other.id } });
      },
    ],
    [
      "an expert no longer independent",
      async () => {
        const link = await t.db.eventExpert.findFirstOrThrow({ where: { expert: { independent: true } } });
        await t.db.expert.update({ where: { id: link.expertId }, data: { independent: false } });
      },
    ],
    [
      "a publication deleted",
      async () => t.db.publication.delete({ where: { id: (await t.db.publication.findFirstOrThrow()).id } }),
    ],
    ["the project's target", async () => t.db.project.update({ where: { code: PROJECT }, data: { targetEventsHeld: 1 } })],
    ["plain SQL", async () => t.db.$executeRaw`UPDATE "Feedback" SET rating = 5 WHERE rating < 5`],
    ["TRUNCATE", async () => t.db.$executeRaw`TRUNCATE "Feedback"`],
  ];

  it.each(changes)("%s: the next request recomputes and equals a fresh report", async (_name, change) => {
    const before = await cachedYear();
    computed = 0;
    await change();
    const after = await cachedYear();
    expect(computed).toBe(1);
    expect(after).toEqual(await computeKpiReport(t.db, YEAR));
    await cachedYear();
    expect(computed).toBe(1); // and it is cached again
    expect(before).toBeDefined();
  });

  // what the KPI doesn't read: the entry stays
  const unrelated: [string, () => Promise<unknown>][] = [
    [
      "a registration for an upcoming event",
      async () => {
        // an upcoming event and a new participant (an event added is a change: made before the entry)
        const sample = await t.db.participant.findFirstOrThrow({ where: { project: { code: PROJECT } } });
        const direction = await t.db.direction.findFirstOrThrow({ where: { projectId: sample.projectId } });
        const startsAt = new Date(Date.now() + 30 * 86_400_000);
        const event = await t.db.event.create({
          data: {
            projectId: sample.projectId,
            code: "CACHE-TEST",
            title: "Будущее мероприятие",
            regionId: sample.regionId,
            directionId: direction.id,
            format: "seminar",
            startsAt,
            endsAt: new Date(startsAt.getTime() + 7_200_000),
            publishedAt: new Date(),
          },
        });
        const person = await makeUser(t.db, "PARTICIPANT");
        await t.db.participant.create({
          data: { ...pick(sample), code: "CACHE-TEST", fullName: "Участник кэша", userId: person.user.id },
        });
        await cachedYear();
        computed = 0;
        const answer = await registerForEvent(t.db, person.session, event.id);
        expect(answer.registration.status).toBe("registered");
      },
    ],
    [
      "an event's description",
      async () => t.db.event.updateMany({ where: { project: { code: PROJECT } }, data: { description: "Новое описание" } }),
    ],
    ["a participant's name", async () => t.db.participant.updateMany({ data: { position: "Специалист" } })],
    [
      "a statement that touches no row",
      async () => t.db.feedback.updateMany({ where: { id: "нет такого" }, data: { rating: 1 } }),
    ],
  ];

  it.each(unrelated)("%s: the cached entry is still used", async (_name, change) => {
    await cachedYear();
    computed = 0;
    await change();
    computed = 0;
    const cached = await cachedYear();
    expect(computed).toBe(0);
    expect(cached).toEqual(await computeKpiReport(t.db, YEAR));
  });

  it("the dashboard's figures: cached, equal to a fresh computation, recomputed after a change", async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { code: PROJECT } });
    const period = { year: 2026, quarter: 2, cumulative: false };
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
    const computedData = await getDashboardData(t.db, admin, project, period);
    const entries = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "KpiCache" WHERE key LIKE '%dashboard%'`;
    expect(entries[0].n).toBe(1);
    expect(await getDashboardData(t.db, admin, project, period)).toEqual(computedData);
    // a region renamed: the figures show region names
    const region = computedData.matrix.regions[0];
    await t.db.region.update({ where: { id: region.id }, data: { name: `${region.name} (новое имя)` } });
    const renamed = await getDashboardData(t.db, admin, project, period);
    expect(renamed.matrix.regions[0].name).toBe(`${region.name} (новое имя)`);
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
    expect(await getDashboardData(t.db, admin, project, period)).toEqual(renamed);
  });

  it("authorizes before the cache: a filled entry is refused to a reader without the right, and a coordinator is served", async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { code: PROJECT } });
    const period = { year: 2026, quarter: 3, cumulative: false };
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
    const filled = await getDashboardData(t.db, admin, project, period);
    const participant = (await makeUser(t.db, "PARTICIPANT")).session;
    const expert = (await makeUser(t.db, "EXPERT")).session;
    await expect(getDashboardData(t.db, participant, project, period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDashboardData(t.db, expert, project, period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDashboardData(t.db, null, project, period)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(answerKpiRequest(t.db, participant, PROJECT, { year: "2026" })).resolves.toMatchObject({ status: 403 });
    // the entry is keyed by project and period only: a coordinator reads the same figures, computed once
    const region = await t.db.region.findFirstOrThrow({ where: { projects: { some: { projectId: project.id } } } });
    const coordinator = (await makeUser(t.db, "COORDINATOR", [region.id])).session;
    const { assessments: _a, ...figures } = await getDashboardData(t.db, coordinator, project, period);
    const { assessments: _b, ...expected } = filled;
    expect(figures).toEqual(expected);
    const keys = await t.db.$queryRaw<{ key: string }[]>`SELECT key FROM "KpiCache" WHERE key LIKE '%dashboard%'`;
    expect(keys.map((k) => k.key)).toEqual([`1:dashboard:${PROJECT}:2026:3:false`]);
  });

  it("a valid entry already read by the instance is not sent again, and its value can't be changed", async () => {
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
    const fresh = await cachedYear();
    const read = await cachedYear();
    expect(read).toEqual(fresh);
    expect(Object.isFrozen(read) && Object.isFrozen(read.indicators)).toBe(true);
    expect(() => {
      (read.indicators.eventsHeld as { value: number }).value = -1;
    }).toThrow(TypeError);
    // the payload changed behind the same version (computedAt, snapshot): the instance keeps what it parsed
    await t.db.$executeRaw`UPDATE "KpiCache" SET payload = '{"stale": true}' WHERE key = '1:test:year'`;
    expect(await cachedYear()).toEqual(fresh);
    // another version of the entry (another instance stored it): its payload is read
    await t.db.$executeRaw`UPDATE "KpiCache" SET "computedAt" = "computedAt" - interval '1 second' WHERE key = '1:test:year'`;
    expect(await cachedYear()).toEqual({ stale: true });
    expect(computed).toBe(1);
    await t.db.$executeRaw`DELETE FROM "KpiCache"`;
  });

  it("an entry older than its lifetime is recomputed even without changes", async () => {
    await cachedYear();
    computed = 0;
    await t.db.$executeRaw`UPDATE "KpiCache" SET "computedAt" = now() - interval '11 minutes'`;
    await cachedYear();
    expect(computed).toBe(1);
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe("KPI cache on PostgreSQL: concurrent writers", () => {
    it("a change running while the entry was computed invalidates it once committed", async () => {
      // a rating that counts once its author is marked attended
      const reg = await someRegistration(false);
      await t.db.feedback.upsert({
        where: { eventId_participantId: { eventId: reg.eventId, participantId: reg.participantId } },
        create: { eventId: reg.eventId, participantId: reg.participantId, rating: 1 },
        update: { rating: 1 },
      });
      await cachedYear();
      const writer = new pg.Client({ connectionString: t.url });
      await writer.connect();
      try {
        await writer.query("BEGIN");
        await writer.query(`UPDATE "Registration" SET attended = true WHERE id = $1`, [reg.id]);
        // computed while the writer runs: its snapshot can't see the change
        await t.db.$executeRaw`DELETE FROM "KpiCache"`;
        computed = 0;
        const during = await cachedYear();
        expect(computed).toBe(1);
        expect(during).toEqual(await computeKpiReport(t.db, YEAR));
        await writer.query("COMMIT");
        const after = await cachedYear();
        expect(computed).toBe(2);
        expect(after).toEqual(await computeKpiReport(t.db, YEAR));
        expect(after).not.toEqual(during);
      } finally {
        await writer.end();
      }
    });
  });
}
