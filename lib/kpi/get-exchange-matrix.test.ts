// The exchange matrix and the lists behind its cells, worked out by hand on a small bundle (Moscow time):
//
//   participants: P1 R1 civil-servant · P2 R2 students · P3 R2 students · P4 R1 students
//   events:  A R1 held 10.02 (Q1) · B R2 held 10.05 (Q2) · E R1 held 2026-03-31T21:30Z = 01.04 00:30 (Q2)
//            C R1 planned 11.05 · D R2 cancelled 12.05 — never counted
//   attended: A: P1 P2 P4 (P3 registered, absent) · B: P1 P2 P3 (P4 wait-listed) · E: P2
//             C: P1 marked attended behind the importer's back — still not counted (planned)
//
//   year (home ↓ × host →)   R1  R2 | total        Q1: R1→R1 2, R2→R1 1 (3)
//                       R1    2   1 |   3          Q2: R1→R2 1, R2→R2 2, R2→R1 1 (4)
//                       R2    2   2 |   4
//                    total    4   3 |   7
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../bundle/import-bundle";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { makeBundle, type TestBundle } from "../../tests/helpers/bundle-builder";
import { sessionUser } from "../../tests/helpers/factories";
import { getExchangeMatrix } from "./get-exchange-matrix";
import { listExchangeAttendances } from "./list-exchange-attendances";
import type { DashboardPeriod } from "../infra/time/dashboard-period";

let t: TestDatabase;
let b: TestBundle;
let R1: string;
let R2: string;
const ministry = sessionUser("MINISTRY");
const YEAR: DashboardPeriod = { year: 2026, quarter: null, cumulative: false };
const Q1: DashboardPeriod = { year: 2026, quarter: 1, cumulative: false };
const Q2: DashboardPeriod = { year: 2026, quarter: 2, cumulative: false };

beforeAll(async () => {
  t = await createTestDatabase();
  b = makeBundle();
  [R1, R2] = [b.regions[0].code as string, b.regions[1].code as string];
  b.participants.push({ code: "P4", fullName: "Ершова Вера", categoryCode: "students", regionCode: R1 });
  const ev = (code: string, regionCode: string, startsAt: string, status: string) => ({
    code,
    title: `Событие ${code}`,
    regionCode,
    format: "seminar",
    directionCode: "digital",
    startsAt,
    endsAt: startsAt,
    status,
    expertCodes: [],
  });
  b.events = [
    ev("A", R1, "2026-02-10T07:00:00Z", "held"),
    ev("B", R2, "2026-05-10T07:00:00Z", "held"),
    ev("C", R1, "2026-05-11T07:00:00Z", "planned"),
    ev("D", R2, "2026-05-12T07:00:00Z", "cancelled"),
    ev("E", R1, "2026-03-31T21:30:00Z", "held"),
  ];
  const reg = (eventCode: string, participantCode: string, attended: boolean, status = "registered") => ({
    eventCode,
    participantCode,
    status,
    attended,
  });
  b.registrations = [
    reg("A", "P1", true),
    reg("A", "P2", true),
    reg("A", "P3", false),
    reg("A", "P4", true),
    reg("B", "P1", true),
    reg("B", "P2", true),
    reg("B", "P3", true),
    reg("B", "P4", false, "waitlisted"),
    reg("C", "P1", false),
    reg("E", "P2", true),
  ];
  b.feedback = [];
  b.publications = [];
  await importBundle(t.db, b);
  await t.db.registration.updateMany({
    where: { event: { code: "C", project: { code: b.project.code } } },
    data: { attended: true },
  });
});
afterAll(async () => t.drop());

const matrix = (period: DashboardPeriod) => getExchangeMatrix(t.db, ministry, b.project.code, period);
const list = (period: DashboardPeriod, filter: { home?: string; host?: string; category?: string }, user = ministry) =>
  listExchangeAttendances(t.db, user, {
    projectCode: b.project.code,
    period,
    filter: { indicator: "attendance", ...filter },
    page: 1,
  });

describe("exchange matrix by hand", () => {
  it("the year", async () => {
    const m = await matrix(YEAR);
    // project regions by code: KOS… before YAR…
    expect(m.regions.map((r) => [r.code, r.inProject])).toEqual([
      [R2, true],
      [R1, true],
    ]);
    expect(m.cells).toEqual({ [R1]: { [R1]: 2, [R2]: 1 }, [R2]: { [R1]: 2, [R2]: 2 } });
    expect(m.rowTotals).toEqual({ [R1]: 3, [R2]: 4 });
    expect(m.columnTotals).toEqual({ [R1]: 4, [R2]: 3 });
    expect(m.total).toBe(7);
    expect(m.max).toBe(2);
  });

  it("quarters follow the project's zone: E (31.03 21:30 UTC) is in Q2", async () => {
    const q1 = await matrix(Q1);
    expect(q1.cells).toEqual({ [R1]: { [R1]: 2 }, [R2]: { [R1]: 1 } });
    expect(q1.total).toBe(3);
    const q2 = await matrix(Q2);
    expect(q2.cells).toEqual({ [R1]: { [R2]: 1 }, [R2]: { [R1]: 1, [R2]: 2 } });
    expect(q2.total).toBe(4);
    const ytd = await matrix({ year: 2026, quarter: 1, cumulative: true });
    expect(ytd.total).toBe(3); // YTD of Q1 is Q1
  });

  it("every cell, row, column and the total list exactly their registrations", async () => {
    const m = await matrix(YEAR);
    for (const home of [R1, R2]) {
      for (const host of [R1, R2]) {
        expect((await list(YEAR, { home, host })).total, `${home}→${host}`).toBe(m.cells[home][host] ?? 0);
      }
      expect((await list(YEAR, { home })).total).toBe(m.rowTotals[home]);
      expect((await list(YEAR, { host: home })).total).toBe(m.columnTotals[home]);
    }
    expect((await list(YEAR, {})).total).toBe(7);
    const r2ToR1 = await list(YEAR, { home: R2, host: R1 });
    expect(r2ToR1.items.map((r) => [r.event.title, r.participant])).toEqual([
      ["Событие A", "Сидорова Анна"],
      ["Событие E", "Сидорова Анна"],
    ]);
    // by category: students P2 P3 P4 attended A(P2 P4) B(P2 P3) E(P2) = 5; civil-servant P1: A, B = 2
    expect((await list(YEAR, { category: "students" })).total).toBe(5);
    expect((await list(YEAR, { category: "civil-servant" })).total).toBe(2);
  });

  it("a coordinator gets the same rows, with names only of their own region's participants", async () => {
    const [r1] = await t.db.region.findMany({ where: { code: R1 } });
    const coordinator = sessionUser("COORDINATOR", [r1.id]);
    const rows = (await list(YEAR, {}, coordinator)).items;
    expect(rows).toHaveLength(7);
    const shown = rows.map((r) => r.participant);
    expect(shown.filter((n) => n === null)).toHaveLength(4); // P2 ×3, P3 ×1 are of R2
    expect(new Set(shown.filter(Boolean))).toEqual(new Set(["Петров Пётр", "Ершова Вера"]));
    expect((await getExchangeMatrix(t.db, coordinator, b.project.code, YEAR)).total).toBe(7);
  });

  it("participants from a region outside the project get a row of their own", async () => {
    const outside = await t.db.region.create({ data: { code: `OUT${R1}`, name: "Другой регион" } });
    const p3 = await t.db.participant.findFirstOrThrow({ where: { code: "P3", project: { code: b.project.code } } });
    await t.db.participant.update({ where: { id: p3.id }, data: { regionId: outside.id } });
    try {
      const m = await matrix(YEAR);
      expect(m.regions.at(-1)).toMatchObject({ code: outside.code, inProject: false });
      expect(m.cells[outside.code]).toEqual({ [R2]: 1 });
      expect(m.cells[R2]).toEqual({ [R1]: 2, [R2]: 1 });
      expect(m.total).toBe(7);
      expect((await list(YEAR, { home: outside.code, host: R2 })).total).toBe(1);
    } finally {
      await t.db.participant.update({ where: { id: p3.id }, data: { regionId: p3.regionId } });
    }
  });

  it("experts and participants may not read it; signed out is 401", async () => {
    await expect(getExchangeMatrix(t.db, sessionUser("EXPERT"), b.project.code, YEAR)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getExchangeMatrix(t.db, sessionUser("PARTICIPANT"), b.project.code, YEAR)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getExchangeMatrix(t.db, null, b.project.code, YEAR)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
