// KPI edge cases with answers worked out by hand: period edges in the project's zone (Kamchatka UTC+12
// against Moscow UTC+3), what is ignored, per-region minima with zeros, and the rounding of satisfactionAvg.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../../lib/bundle/import-bundle";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeBundle, type TestBundle } from "../helpers/bundle-builder";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

/**
 * Events (all held unless noted), start instants in UTC, and their local dates:
 *   EA 2026-03-31T11:59Z  Kamchatka 31.03 23:59 (Q1)   Moscow 31.03 14:59 (Q1)
 *   EB 2026-03-31T12:00Z  Kamchatka 01.04 00:00 (Q2)   Moscow 31.03 15:00 (Q1)
 *   EC 2025-12-31T12:30Z  Kamchatka 01.01.2026 (Q1)    Moscow 31.12.2025 (not 2026)
 *   ED 2025-12-31T11:30Z  Kamchatka 31.12.2025         Moscow 31.12.2025 (neither)
 *   EE 2026-12-31T11:59Z  Kamchatka 31.12 23:59 (Q4)   Moscow Q4
 *   EF 2026-12-31T12:00Z  Kamchatka 01.01.2027         Moscow 31.12 15:00 (Q4)
 *   EG planned 2026-05-01, EH cancelled 2026-05-02: never counted.
 * Kamchatka 2026: year EA EB EC EE = 4; Q1 EA EC = 2; Q2 EB = 1; Q4 EE = 1; YTD Q2 = 3.
 * Moscow 2026:    year EA EB EE EF = 4; Q1 EA EB = 2; Q2 0; Q4 EE EF = 2.
 */
function edgeBundle(timezone: string): TestBundle {
  const b = makeBundle(timezone);
  const [R1, R2] = [b.regions[0].code as string, b.regions[1].code as string];
  const ev = (code: string, startsAt: string, regionCode: string, status = "held", expertCodes: string[] = []) => ({
    code,
    title: `Событие ${code}`,
    regionCode,
    format: "seminar",
    directionCode: code === "EB" ? "health" : "digital",
    startsAt,
    endsAt: startsAt,
    status,
    expertCodes,
  });
  b.directions.push({ code: "health", name: "Здравоохранение" });
  b.experts = [
    { code: "X1", fullName: "Независимый Эксперт", independent: true, regionCode: R1 },
    { code: "X2", fullName: "Штатный Эксперт", independent: false, regionCode: R1 },
  ];
  b.events = [
    ev("EA", "2026-03-31T11:59:00Z", R1, "held", ["X1", "X2"]),
    ev("EB", "2026-03-31T12:00:00Z", R2, "held", ["X1"]),
    ev("EC", "2025-12-31T12:30:00Z", R1),
    ev("ED", "2025-12-31T11:30:00Z", R1),
    ev("EE", "2026-12-31T11:59:59Z", R1),
    ev("EF", "2026-12-31T12:00:00Z", R1),
    ev("EG", "2026-05-01T09:00:00Z", R1, "planned", ["X1"]),
    ev("EH", "2026-05-02T09:00:00Z", R2, "cancelled", ["X1"]),
  ];
  // P1 (civil-servant) attends EA, P2 (students) attends EB; P3 (students) is only registered at EG
  b.registrations = [
    { eventCode: "EA", participantCode: "P1", status: "registered", attended: true },
    { eventCode: "EB", participantCode: "P2", status: "registered", attended: true },
    { eventCode: "EG", participantCode: "P3", status: "registered", attended: false },
  ];
  b.feedback = [
    { eventCode: "EA", participantCode: "P1", rating: 5 },
    { eventCode: "EB", participantCode: "P2", rating: 4 },
  ];
  b.informationResources = [
    { code: "R01", name: "Газета", kind: "media" },
    { code: "R02", name: "Портал", kind: "portal" },
  ];
  b.publications = [
    { resourceCode: "R01", regionCode: R1, url: "https://example.ru/1", publishedAt: "2026-03-31T11:59:00Z" },
    { resourceCode: "R02", regionCode: R1, url: "https://example.ru/2", publishedAt: "2026-03-31T12:00:00Z" },
  ];
  return b;
}

describe("period edges follow the project's time zone", () => {
  it("Kamchatka (UTC+12)", async () => {
    const b = edgeBundle("Asia/Kamchatka");
    await importBundle(t.db, b);
    const [R1, R2] = [b.regions[0].code as string, b.regions[1].code as string];
    const report = (quarter?: number, cumulative?: boolean) =>
      computeKpiReport(t.db, { projectCode: b.project.code, year: 2026, quarter, cumulative });

    const year = await report();
    expect(year.period).toEqual({
      year: 2026,
      quarter: null,
      cumulative: false,
      from: "2026-01-01",
      to: "2026-12-31",
      timezone: "Asia/Kamchatka",
    });
    expect(year.indicators.eventsHeld.value).toBe(4);
    expect(year.indicators.directionsCovered.value).toBe(2); // digital, health (EB)
    expect(year.indicators.categoriesCovered.value).toBe(2); // P1 civil-servant, P2 students; P3 never attended
    // X1 at EA (R1) and EB (R2) counts in both; X2 is not independent; EG/EH are not counted
    expect(year.indicators.expertsPerRegion).toEqual({ value: 1, target: 5, met: false, byRegion: { [R1]: 1, [R2]: 1 } });
    expect(year.indicators.infoResourcesPerRegion).toEqual({ value: 0, target: 2, met: false, byRegion: { [R1]: 2, [R2]: 0 } });
    expect(year.indicators.satisfactionAvg).toEqual({ value: 4.5, target: 4.5, met: true, responses: 2 });

    const q1 = await report(1);
    expect(q1.indicators.eventsHeld.value).toBe(2);
    expect(q1.indicators.expertsPerRegion.byRegion).toEqual({ [R1]: 1, [R2]: 0 });
    expect(q1.indicators.infoResourcesPerRegion.byRegion).toEqual({ [R1]: 1, [R2]: 0 }); // R01 at 23:59 on 31.03
    expect(q1.indicators.satisfactionAvg).toEqual({ value: 5, target: 4.5, met: true, responses: 1 });
    expect(q1.indicators.categoriesCovered.value).toBe(1);

    const q2 = await report(2);
    expect(q2.period).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
    expect(q2.indicators.eventsHeld.value).toBe(1); // EB at 00:00 on 1 April; EG planned, EH cancelled
    expect(q2.indicators.infoResourcesPerRegion.byRegion).toEqual({ [R1]: 1, [R2]: 0 }); // R02 at 00:00 on 1 April
    expect(q2.indicators.satisfactionAvg).toMatchObject({ value: 4, met: false, responses: 1 });

    expect((await report(2, true)).indicators.eventsHeld.value).toBe(3);
    expect((await report(2, true)).period).toMatchObject({ cumulative: true, from: "2026-01-01", to: "2026-06-30" });
    expect((await report(3)).indicators.satisfactionAvg).toEqual({ value: null, target: 4.5, met: false, responses: 0 });
    expect((await report(4)).indicators.eventsHeld.value).toBe(1);
  });

  it("the same instants in a Moscow (UTC+3) project fall into other periods", async () => {
    const b = edgeBundle("Europe/Moscow");
    await importBundle(t.db, b);
    const count = async (quarter?: number) =>
      (await computeKpiReport(t.db, { projectCode: b.project.code, year: 2026, quarter })).indicators.eventsHeld.value;
    expect([await count(), await count(1), await count(2), await count(4)]).toEqual([4, 2, 0, 2]);
  });
});

/**
 * Q1: one event, 200 responses: 113 × 5 + 87 × 4 = 913 → 913 / 200 = 4.565 → 4.57, met (≥ 4.5).
 * Q2: one event, 1000 responses: 497 × 5 + 503 × 4 = 4497 → 4.497 → 4.50, not met.
 * Year: (913 + 4497) / 1200 = 5410 / 1200 = 4.508(3) → 4.51, met.
 * Then one attended five of Q1 is un-marked in the database behind the import's back: its rating no longer
 * counts: 908 / 199 = 4.5628… → 4.56.
 */
describe("satisfactionAvg rounding from exact sums", () => {
  it("4.565 → 4.57, 4.497 → 4.50 not met, and only attendees' ratings count", async () => {
    const b = makeBundle();
    const R1 = b.regions[0].code as string;
    b.events = [
      {
        code: "Q1",
        title: "Семинар",
        regionCode: R1,
        format: "seminar",
        directionCode: "digital",
        startsAt: "2026-02-10T07:00:00Z",
        endsAt: "2026-02-10T09:00:00Z",
        status: "held",
      },
      {
        code: "Q2",
        title: "Семинар",
        regionCode: R1,
        format: "seminar",
        directionCode: "digital",
        startsAt: "2026-05-10T07:00:00Z",
        endsAt: "2026-05-10T09:00:00Z",
        status: "held",
      },
    ];
    b.participants = Array.from({ length: 1000 }, (_, i) => ({
      code: `P${i}`,
      fullName: `Участник ${i}`,
      categoryCode: "students",
      regionCode: R1,
    }));
    b.registrations = [];
    b.feedback = [];
    const rate = (event: string, fives: number, fours: number) => {
      for (let i = 0; i < fives + fours; i++) {
        b.registrations.push({ eventCode: event, participantCode: `P${i}`, status: "registered", attended: true });
        b.feedback.push({ eventCode: event, participantCode: `P${i}`, rating: i < fives ? 5 : 4 });
      }
    };
    rate("Q1", 113, 87);
    rate("Q2", 497, 503);
    b.publications = [];
    await importBundle(t.db, b);
    const sat = async (quarter?: number) =>
      (await computeKpiReport(t.db, { projectCode: b.project.code, year: 2026, quarter })).indicators.satisfactionAvg;

    expect(await sat(1)).toEqual({ value: 4.57, target: 4.5, met: true, responses: 200 });
    expect(await sat(2)).toEqual({ value: 4.5, target: 4.5, met: false, responses: 1000 });
    expect(await sat()).toEqual({ value: 4.51, target: 4.5, met: true, responses: 1200 });

    const project = await t.db.project.findUniqueOrThrow({ where: { code: b.project.code } });
    const event = await t.db.event.findFirstOrThrow({ where: { projectId: project.id, code: "Q1" } });
    const participant = await t.db.participant.findFirstOrThrow({ where: { projectId: project.id, code: "P0" } });
    await t.db.registration.update({
      where: { eventId_participantId: { eventId: event.id, participantId: participant.id } },
      data: { attended: false },
    });
    expect(await sat(1)).toEqual({ value: 4.56, target: 4.5, met: true, responses: 199 });
  });
});
