// The drill-down contract on the contract sample (tests/fixtures): for every period of
// golden-ring-sample.kpi.json (year, quarters, year-to-date), every list behind a dashboard number has as
// many rows as that number in the expected report — the file's numbers, not the code's output — and the
// charts' series add up to the report's totals. The events-held links are followed through the real
// /events filter (parseEventFilter → listEvents), as the page reads them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../bundle/import-bundle";
import { parseEventFilter } from "../events/event-filter";
import { listEvents } from "../events/list-events";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { readSampleBundle, readSampleReports } from "../../tests/helpers/contract-fixtures";
import { sessionUser } from "../../tests/helpers/factories";
import type { SessionUser } from "../auth/permissions";
import { PAGE_SIZE } from "../infra/pagination";
import { getCoverage } from "./get-coverage";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { getEventsByQuarter } from "./get-events-by-quarter";
import { getExchangeMatrix } from "./get-exchange-matrix";
import { getSatisfactionTrend } from "./get-satisfaction-trend";
import { heldEventsHref } from "./held-events-href";
import { kpiDetailsHref } from "./kpi-details-href";
import { listKpiDetails, type KpiDetails, type KpiDetailsList } from "./list-kpi-details";
import { parseKpiDetailsQuery, type KpiDetailsFilter } from "./parse-kpi-details-query";

let t: TestDatabase;
let projectId: string;
const reports = readSampleReports();
const PROJECT = reports[0].project;
const ministry = sessionUser("MINISTRY");

beforeAll(async () => {
  t = await createTestDatabase();
  projectId = (await importBundle(t.db, readSampleBundle())).projectId;
});
afterAll(async () => t.drop());

/** The list total as the details page gets it: through the URL the dashboard links to. */
async function detailsTotal(period: DashboardPeriod, filter: KpiDetailsFilter, user: SessionUser = ministry, page = 1) {
  const href = kpiDetailsHref(period, filter, page);
  const query = parseKpiDetailsQuery(Object.fromEntries(new URL(href, "http://x").searchParams), 2026);
  expect(query.period).toEqual(period);
  return listKpiDetails(t.db, user, PROJECT, query);
}

/** The rows of a list of the expected kind. */
type RowsOf = { [L in KpiDetailsList as L["indicator"]]: L["page"]["items"] };
function rowsOf<I extends keyof RowsOf>(d: KpiDetails, indicator: I): RowsOf[I] {
  if (d.list.indicator !== indicator) throw new Error(`${indicator} expected, got ${d.list.indicator}`);
  return d.list.page.items as unknown as RowsOf[I];
}

/** The events list total behind a held-events link, read by the /events page's own filter. */
async function eventsTotal(href: string) {
  const filter = parseEventFilter(new URL(href, "http://x").searchParams);
  expect(filter.project).toBe(PROJECT);
  const page = await listEvents(t.db, ministry, {
    projectId,
    page: 1,
    regionId: filter.region,
    directionId: filter.direction,
    status: filter.status,
    from: filter.from,
    to: filter.to,
    timeZone: "Europe/Moscow",
  });
  return page.total;
}

describe.each(
  reports.map((r) => [`${r.period.year} Q${r.period.quarter ?? "—"}${r.period.cumulative ? " YTD" : ""}`, r] as const),
)("%s", (_name, expected) => {
  const period: DashboardPeriod = {
    year: expected.period.year,
    quarter: expected.period.quarter,
    cumulative: expected.period.cumulative,
  };
  const { indicators } = expected;

  it("eventsHeld: the held-events list, and per region", async () => {
    const range = { from: expected.period.from, to: expected.period.to };
    expect(await eventsTotal(heldEventsHref(PROJECT, range))).toBe(indicators.eventsHeld.value);
    const regions = await t.db.region.findMany({ where: { projects: { some: { projectId } } } });
    let sum = 0;
    for (const r of regions) sum += await eventsTotal(heldEventsHref(PROJECT, range, { regionId: r.id }));
    expect(sum).toBe(indicators.eventsHeld.value);
  });

  it("categories and directions: lists and coverage", async () => {
    const categories = await detailsTotal(period, { indicator: "categories" });
    expect(categories.list.page.total).toBe(indicators.categoriesCovered.value);
    const directions = await detailsTotal(period, { indicator: "directions" });
    expect(directions.list.page.total).toBe(indicators.directionsCovered.value);
    const coverage = await getCoverage(t.db, ministry, PROJECT, period);
    expect(coverage.categories.filter((c) => c.covered)).toHaveLength(indicators.categoriesCovered.value);
    expect(coverage.directions.filter((d) => d.covered)).toHaveLength(indicators.directionsCovered.value);
    // a direction's events number is its events-list total
    for (const d of coverage.directions.filter((x) => x.covered)) {
      const href = heldEventsHref(PROJECT, expected.period, { directionId: d.id });
      expect(await eventsTotal(href), d.code).toBe(d.count);
    }
    // the directions' counted events add up to eventsHeld (each event has one direction)
    expect(coverage.directions.reduce((s, d) => s + d.count, 0)).toBe(indicators.eventsHeld.value);
  });

  it("experts and information resources of every region", async () => {
    for (const [code, value] of Object.entries(indicators.expertsPerRegion.byRegion)) {
      const experts = await detailsTotal(period, { indicator: "experts", region: code });
      expect(experts.list.page.total, `experts ${code}`).toBe(value);
    }
    for (const [code, value] of Object.entries(indicators.infoResourcesPerRegion.byRegion)) {
      const resources = await detailsTotal(period, { indicator: "resources", region: code });
      expect(resources.list.page.total, `resources ${code}`).toBe(value);
      if (resources.list.indicator !== "resources") throw new Error("wrong list");
      // a resource's publications number is its publications list
      for (const r of resources.list.page.items) {
        const pubs = await detailsTotal(period, { indicator: "publications", region: code, resource: r.code });
        expect(pubs.list.page.total).toBe(r.publications);
      }
    }
  });

  it("satisfaction responses", async () => {
    const feedback = await detailsTotal(period, { indicator: "feedback" });
    expect(feedback.list.page.total).toBe(indicators.satisfactionAvg.responses);
  });

  it("exchange matrix: total = attended registrations of held events; cells, rows and columns = their lists", async () => {
    const m = await getExchangeMatrix(t.db, ministry, PROJECT, period);
    // counted independently of the code under test: Prisma's count over the same definition
    const attended = await t.db.registration.count({
      where: {
        attended: true,
        event: {
          projectId,
          status: "held",
          startsAt: {
            gte: new Date(`${expected.period.from}T00:00:00+03:00`),
            lte: new Date(`${expected.period.to}T23:59:59.999+03:00`),
          },
        },
      },
    });
    expect(attended).toBeGreaterThan(0);
    expect(m.total).toBe(attended);
    expect(Object.values(m.rowTotals).reduce((a, b) => a + b, 0)).toBe(attended);
    expect(Object.values(m.columnTotals).reduce((a, b) => a + b, 0)).toBe(attended);
    expect((await detailsTotal(period, { indicator: "attendance" })).list.page.total).toBe(attended);
    for (const home of m.regions) {
      expect((await detailsTotal(period, { indicator: "attendance", home: home.code })).list.page.total).toBe(
        m.rowTotals[home.code],
      );
      expect((await detailsTotal(period, { indicator: "attendance", host: home.code })).list.page.total).toBe(
        m.columnTotals[home.code],
      );
      for (const host of m.regions) {
        const cell = await detailsTotal(period, { indicator: "attendance", home: home.code, host: host.code });
        expect(cell.list.page.total, `${home.code}→${host.code}`).toBe(m.cells[home.code][host.code] ?? 0);
      }
    }
    // the categories' attendances are the same registrations, split by category
    const coverage = await getCoverage(t.db, ministry, PROJECT, period);
    expect(coverage.categories.reduce((s, c) => s + c.count, 0)).toBe(attended);
    for (const c of coverage.categories.filter((x) => x.covered)) {
      expect((await detailsTotal(period, { indicator: "attendance", category: c.code })).list.page.total).toBe(c.count);
    }
  });
});

describe("the year's quarterly charts", () => {
  const quarterly = reports.filter((r) => r.period.quarter !== null && !r.period.cumulative);

  it("events per quarter and region add up to each quarter's eventsHeld, and the quarters to the year's", async () => {
    const chart = await getEventsByQuarter(t.db, ministry, PROJECT, 2026);
    expect(quarterly.map((r) => r.period.quarter)).toEqual([1, 2, 3, 4]);
    for (const q of chart.quarters) {
      const expected = quarterly[q.quarter - 1];
      expect(q.total).toBe(expected.indicators.eventsHeld.value);
      expect(Object.values(q.byRegion).reduce((a, b) => a + b, 0)).toBe(expected.indicators.eventsHeld.value);
      expect({ from: q.from, to: q.to }).toEqual({ from: expected.period.from, to: expected.period.to });
      // each bar is its events list
      for (const region of chart.regions) {
        expect(await eventsTotal(heldEventsHref(PROJECT, q, { regionId: region.id }))).toBe(q.byRegion[region.code]);
      }
    }
    expect(chart.quarters.reduce((s, q) => s + q.total, 0)).toBe(reports[0].indicators.eventsHeld.value);
    expect(Object.keys(chart.quarters[0].byRegion).sort()).toEqual(["IVA", "KOS", "VLA", "YAR"]);
    // 20 a year over 4 quarters and 4 regions
    expect(chart.targetPerRegionQuarter).toBe(reports[0].indicators.eventsHeld.target / 16);
  });

  it("satisfaction trend = the quarters' satisfactionAvg of the contract file", async () => {
    const trend = await getSatisfactionTrend(t.db, ministry, PROJECT, 2026);
    expect(trend.target).toBe(4.5);
    expect(trend.quarters.map(({ value, responses, met }) => ({ value, responses, met }))).toEqual(
      quarterly.map((r) => ({
        value: r.indicators.satisfactionAvg.value,
        responses: r.indicators.satisfactionAvg.responses,
        met: r.indicators.satisfactionAvg.met,
      })),
    );
    for (const q of trend.quarters) {
      const period = { year: 2026, quarter: q.quarter, cumulative: false };
      expect((await detailsTotal(period, { indicator: "feedback" })).list.page.total).toBe(q.responses);
    }
  });
});

describe("pages and roles", () => {
  const YEAR: DashboardPeriod = { year: 2026, quarter: null, cumulative: false };

  it("the feedback list pages through every response once", async () => {
    const first = await detailsTotal(YEAR, { indicator: "feedback" });
    const { total, pageCount } = first.list.page;
    expect(total).toBe(reports[0].indicators.satisfactionAvg.responses);
    expect(pageCount).toBe(Math.ceil(total / PAGE_SIZE));
    const ids = new Set<string>();
    for (let page = 1; page <= pageCount; page++) {
      const { list } = await detailsTotal(YEAR, { indicator: "feedback" }, ministry, page);
      expect(list.page.items.length).toBe(page < pageCount ? PAGE_SIZE : total - PAGE_SIZE * (pageCount - 1));
      for (const item of list.page.items) ids.add(item.id);
    }
    expect(ids.size).toBe(total);
  });

  it("a coordinator sees the same totals; participants' names only from their own region", async () => {
    const yar = await t.db.region.findUniqueOrThrow({ where: { code: "YAR" } });
    const coordinator = sessionUser("COORDINATOR", [yar.id]);
    const mine = await detailsTotal(YEAR, { indicator: "attendance", home: "YAR" }, coordinator);
    const theirs = await detailsTotal(YEAR, { indicator: "attendance", home: "KOS" }, coordinator);
    const asMinistry = await detailsTotal(YEAR, { indicator: "attendance", home: "KOS" }, ministry);
    expect(theirs.list.page.total).toBe(asMinistry.list.page.total);
    expect(rowsOf(mine, "attendance").every((r) => r.participant !== null)).toBe(true);
    expect(rowsOf(theirs, "attendance").every((r) => r.participant === null)).toBe(true);
    expect(rowsOf(asMinistry, "attendance").every((r) => r.participant !== null)).toBe(true);
  });

  it("experts and participants are refused; unknown indicator or region is 404", async () => {
    await expect(detailsTotal(YEAR, { indicator: "feedback" }, sessionUser("EXPERT"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(detailsTotal(YEAR, { indicator: "categories" }, sessionUser("PARTICIPANT"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(() => parseKpiDetailsQuery({ indicator: "salary" }, 2026)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => parseKpiDetailsQuery({ indicator: "experts" }, 2026)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    await expect(detailsTotal(YEAR, { indicator: "experts", region: "NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
