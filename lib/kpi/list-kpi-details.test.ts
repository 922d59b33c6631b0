// The drill-down lists on a small bundle worked out by hand (Moscow time), each total checked against the
// hand count and against computeKpiReport for the same period:
//
//   categories civil-servant, students, volunteers (+ "old", archived, never attended)
//   directions digital, health, housing · experts X1 independent R1, X2 staff R1, X3 independent R2
//   participants P1 R1 civil-servant · P2 R2 students · P3 R2 volunteers
//   EA R1 held 10.02 (Q1) digital, experts X1 X2; attended P1 (rated 5); P3 registered, absent
//   EB R2 held 2026-03-31T21:30Z = 01.04 00:30 (Q2) health, experts X1 X3; attended P2 (rated 4), P1 (rated 3,
//      then un-marked behind the importer's back: the rating and the attendance no longer count)
//   EG R1 planned 01.05 housing, expert X3 — never counted
//   publications: R01/R1 31.03 23:59:59 (Q1) · R02/R1 01.04 00:00 (Q2) · R02/R1 01.06 (Q2) · R01/R2 31.12.2025
//
//            events  categories        directions      experts R1 R2  resources R1 R2  responses
//   year     2       civil, students   digital health  1  2           2  0             2
//   Q1       1       civil             digital         1  0           1  0             1
//   Q2       1       students          health          0  2           1  0             1
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../bundle/import-bundle";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { makeBundle, type TestBundle } from "../../tests/helpers/bundle-builder";
import { sessionUser } from "../../tests/helpers/factories";
import { computeKpiReport } from "./compute-kpi-report";
import { getCoverage } from "./get-coverage";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { getEventsByQuarter } from "./get-events-by-quarter";
import { listKpiDetails, type KpiDetails, type KpiDetailsList } from "./list-kpi-details";
import type { KpiDetailsFilter } from "./parse-kpi-details-query";

let t: TestDatabase;
let b: TestBundle;
let R1: string;
let R2: string;
const ministry = sessionUser("MINISTRY");

beforeAll(async () => {
  t = await createTestDatabase();
  b = makeBundle();
  [R1, R2] = [b.regions[0].code as string, b.regions[1].code as string];
  b.categories.push({ code: "volunteers", name: "Волонтёры" }, { code: "old", name: "Старая категория" });
  b.directions.push({ code: "health", name: "Здравоохранение" }, { code: "housing", name: "ЖКХ" });
  b.experts = [
    { code: "X1", fullName: "Алексеева Ольга", independent: true, regionCode: R1 },
    { code: "X2", fullName: "Борисов Иван", independent: false, regionCode: R1 },
    { code: "X3", fullName: "Васильев Пётр", independent: true, regionCode: R2 },
  ];
  b.participants = [
    { code: "P1", fullName: "Петров Пётр", categoryCode: "civil-servant", regionCode: R1 },
    { code: "P2", fullName: "Сидорова Анна", categoryCode: "students", regionCode: R2 },
    { code: "P3", fullName: "Орлов Илья", categoryCode: "volunteers", regionCode: R2 },
  ];
  const ev = (
    code: string,
    regionCode: string,
    startsAt: string,
    status: string,
    directionCode: string,
    expertCodes: string[],
  ) => ({
    code,
    title: `Событие ${code}`,
    regionCode,
    format: "seminar",
    directionCode,
    startsAt,
    endsAt: startsAt,
    status,
    expertCodes,
  });
  b.events = [
    ev("EA", R1, "2026-02-10T07:00:00Z", "held", "digital", ["X1", "X2"]),
    ev("EB", R2, "2026-03-31T21:30:00Z", "held", "health", ["X1", "X3"]),
    ev("EG", R1, "2026-05-01T07:00:00Z", "planned", "housing", ["X3"]),
  ];
  b.registrations = [
    { eventCode: "EA", participantCode: "P1", status: "registered", attended: true },
    { eventCode: "EA", participantCode: "P3", status: "registered", attended: false },
    { eventCode: "EB", participantCode: "P2", status: "registered", attended: true },
    { eventCode: "EB", participantCode: "P1", status: "registered", attended: true },
    { eventCode: "EG", participantCode: "P3", status: "registered", attended: false },
  ];
  b.feedback = [
    { eventCode: "EA", participantCode: "P1", rating: 5 },
    { eventCode: "EB", participantCode: "P2", rating: 4 },
    { eventCode: "EB", participantCode: "P1", rating: 3 },
  ];
  b.informationResources = [
    { code: "R01", name: "Газета", kind: "media" },
    { code: "R02", name: "Портал", kind: "portal" },
  ];
  b.publications = [
    { resourceCode: "R01", regionCode: R1, url: "https://example.ru/1", publishedAt: "2026-03-31T20:59:59Z" },
    { resourceCode: "R02", regionCode: R1, url: "https://example.ru/2", publishedAt: "2026-03-31T21:00:00Z" },
    { resourceCode: "R02", regionCode: R1, url: "https://example.ru/3", publishedAt: "2026-06-01T09:00:00Z" },
    { resourceCode: "R01", regionCode: R2, url: "https://example.ru/4", publishedAt: "2025-12-31T20:59:00Z" },
  ];
  await importBundle(t.db, b);
  const project = { code: b.project.code };
  await t.db.registration.updateMany({
    where: { event: { code: "EB", project }, participant: { code: "P1" } },
    data: { attended: false },
  });
  await t.db.participantCategory.updateMany({ where: { code: "old", project }, data: { archivedAt: new Date() } });
});
afterAll(async () => t.drop());

const details = (period: DashboardPeriod, filter: KpiDetailsFilter) =>
  listKpiDetails(t.db, ministry, b.project.code, { period, filter, page: 1 });
/** The rows of a list of the expected kind. */
type RowsOf = { [L in KpiDetailsList as L["indicator"]]: L["page"]["items"] };
function rowsOf<I extends keyof RowsOf>(d: KpiDetails, indicator: I): RowsOf[I] {
  if (d.list.indicator !== indicator) throw new Error(`${indicator} expected, got ${d.list.indicator}`);
  return d.list.page.items as unknown as RowsOf[I];
}
const totalOf = async (period: DashboardPeriod, filter: KpiDetailsFilter) => (await details(period, filter)).list.page.total;
const report = (period: DashboardPeriod) => computeKpiReport(t.db, { projectCode: b.project.code, ...period });

const YEAR: DashboardPeriod = { year: 2026, quarter: null, cumulative: false };
const Q1: DashboardPeriod = { year: 2026, quarter: 1, cumulative: false };
const Q2: DashboardPeriod = { year: 2026, quarter: 2, cumulative: false };

const HAND = [
  { name: "year", period: YEAR, categories: 2, directions: 2, experts: [1, 2], resources: [2, 0], responses: 2 },
  { name: "Q1", period: Q1, categories: 1, directions: 1, experts: [1, 0], resources: [1, 0], responses: 1 },
  { name: "Q2", period: Q2, categories: 1, directions: 1, experts: [0, 2], resources: [1, 0], responses: 1 },
  {
    name: "YTD Q2",
    period: { ...Q2, cumulative: true },
    categories: 2,
    directions: 2,
    experts: [1, 2],
    resources: [2, 0],
    responses: 2,
  },
];

describe.each(HAND)("$name", ({ period, categories, directions, experts, resources, responses }) => {
  it("list totals = the hand count = the KPI report", async () => {
    const r = (await report(period)).indicators;
    expect([await totalOf(period, { indicator: "categories" }), r.categoriesCovered.value]).toEqual([categories, categories]);
    expect([await totalOf(period, { indicator: "directions" }), r.directionsCovered.value]).toEqual([directions, directions]);
    expect([
      await totalOf(period, { indicator: "experts", region: R1 }),
      await totalOf(period, { indicator: "experts", region: R2 }),
    ]).toEqual(experts);
    expect([r.expertsPerRegion.byRegion[R1], r.expertsPerRegion.byRegion[R2]]).toEqual(experts);
    expect([
      await totalOf(period, { indicator: "resources", region: R1 }),
      await totalOf(period, { indicator: "resources", region: R2 }),
    ]).toEqual(resources);
    expect([r.infoResourcesPerRegion.byRegion[R1], r.infoResourcesPerRegion.byRegion[R2]]).toEqual(resources);
    expect([await totalOf(period, { indicator: "feedback" }), r.satisfactionAvg.responses]).toEqual([responses, responses]);
  });
});

describe("rows", () => {
  it("categories and directions covered in the year, with their counts; coverage lists the missing ones", async () => {
    const cats = await details(YEAR, { indicator: "categories" });
    expect(rowsOf(cats, "categories").map((c) => [c.name, c.attendances])).toEqual([
      ["Госслужащие", 1],
      ["Студенты", 1],
    ]);
    const coverage = await getCoverage(t.db, ministry, b.project.code, YEAR);
    expect(coverage.categories.map((c) => [c.code, c.count, c.covered])).toEqual([
      ["volunteers", 0, false],
      ["civil-servant", 1, true],
      ["students", 1, true],
    ]); // by name: Волонтёры, Госслужащие, Студенты; the archived, uncovered "old" is left out
    expect(coverage.directions.map((d) => [d.code, d.count, d.covered])).toEqual([
      ["housing", 0, false],
      ["health", 1, true],
      ["digital", 1, true],
    ]); // ЖКХ, Здравоохранение, Цифровая трансформация
  });

  it("experts: only independent ones, an expert in two regions in both, with their events", async () => {
    const r1 = await details(YEAR, { indicator: "experts", region: R1 });
    const r2 = await details(YEAR, { indicator: "experts", region: R2 });
    const rows = (d: KpiDetails) => rowsOf(d, "experts").map((x) => [x.fullName, x.events]);
    expect(rows(r1)).toEqual([["Алексеева Ольга", 1]]);
    expect(rows(r2)).toEqual([
      ["Алексеева Ольга", 1],
      ["Васильев Пётр", 1],
    ]); // X3's planned EG in R1 does not count
    expect(r1.names.region).toBe("Ярославская область");
  });

  it("resources and publications: by publishedAt in the period, per region", async () => {
    const year = await details(YEAR, { indicator: "resources", region: R1 });
    expect(rowsOf(year, "resources").map((x) => [x.code, x.publications])).toEqual([
      ["R01", 1],
      ["R02", 2],
    ]); // Газета, Портал
    expect(await totalOf(YEAR, { indicator: "publications", region: R1 })).toBe(3);
    expect(await totalOf(Q2, { indicator: "publications", region: R1, resource: "R02" })).toBe(2);
    expect(await totalOf(Q1, { indicator: "publications", region: R1, resource: "R02" })).toBe(0);
    expect(await totalOf(YEAR, { indicator: "publications", region: R2 })).toBe(0);
  });

  it("feedback: the un-marked attendee's rating is not listed", async () => {
    const year = await details(YEAR, { indicator: "feedback" });
    expect(rowsOf(year, "feedback").map((x) => [x.event.title, x.rating, x.participant])).toEqual([
      ["Событие EA", 5, "Петров Пётр"],
      ["Событие EB", 4, "Сидорова Анна"],
    ]);
  });

  it("events per quarter and region; the even-share target", async () => {
    const chart = await getEventsByQuarter(t.db, ministry, b.project.code, 2026);
    expect(chart.quarters.map((q) => [q.quarter, q.byRegion[R1], q.byRegion[R2], q.total])).toEqual([
      [1, 1, 0, 1],
      [2, 0, 1, 1], // EB at 00:30 on 1 April, Moscow
      [3, 0, 0, 0],
      [4, 0, 0, 0],
    ]);
    expect(chart.targetPerRegionQuarter).toBe(20 / (4 * 2));
  });
});
