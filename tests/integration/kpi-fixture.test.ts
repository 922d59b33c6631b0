// The contract fixture: import tests/fixtures/golden-ring-sample.json, then every report of
// golden-ring-sample.kpi.json must come out field by field (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../../lib/bundle/import-bundle";
import { computeKpiReport, computeKpiWithQuarters, computeQuarterlySatisfaction } from "../../lib/kpi/compute-kpi-report";
import { getDashboardData } from "../../lib/kpi/get-dashboard-data";
import { sessionUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readSampleBundle, readSampleReports } from "../helpers/contract-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await importBundle(t.db, readSampleBundle());
});
afterAll(async () => t.drop());

describe("golden-ring-sample KPI reports", () => {
  for (const expected of readSampleReports()) {
    const { year, quarter, cumulative } = expected.period;
    it(`year ${year}, quarter ${quarter ?? "—"}${cumulative ? ", cumulative" : ""}`, async () => {
      const report = await computeKpiReport(t.db, { projectCode: expected.project, year, quarter, cumulative });
      expect(report.format).toBe(expected.format);
      expect(report.project).toBe(expected.project);
      expect(report.period).toEqual(expected.period);
      for (const [id, indicator] of Object.entries(expected.indicators)) {
        expect(report.indicators[id as keyof typeof report.indicators], id).toEqual(indicator);
      }
      expect(Object.keys(report.indicators).sort()).toEqual(Object.keys(expected.indicators).sort());
      // and the whole object, once more, as JSON would compare it
      expect(JSON.parse(JSON.stringify(report))).toEqual(expected);
    });
  }

  it("the dashboard shows exactly these reports, for a ministry user and a coordinator alike", async () => {
    const project = await t.db.project.findUniqueOrThrow({ where: { code: readSampleReports()[0].project } });
    for (const viewer of [sessionUser("MINISTRY"), sessionUser("COORDINATOR", ["some-region"])]) {
      for (const expected of readSampleReports()) {
        const { year, quarter, cumulative } = expected.period;
        const data = await getDashboardData(t.db, viewer, project, { year, quarter, cumulative });
        expect(JSON.parse(JSON.stringify(data.report))).toEqual(expected);
      }
    }
  });

  it("the year's report with its quarters: the same report, and each quarter as the quarter's own report", async () => {
    const [yearReport] = readSampleReports().filter((r) => r.period.quarter === null);
    const { report, quarters } = await computeKpiWithQuarters(t.db, { projectCode: yearReport.project, year: 2026 });
    expect(JSON.parse(JSON.stringify(report))).toEqual(yearReport);
    expect(quarters).toEqual(await computeQuarterlySatisfaction(t.db, yearReport.project, 2026));
    for (const q of quarters) {
      const own = await computeKpiReport(t.db, { projectCode: yearReport.project, year: 2026, quarter: q.quarter });
      expect({ value: q.value, responses: q.responses, met: q.met }).toEqual({
        value: own.indicators.satisfactionAvg.value,
        responses: own.indicators.satisfactionAvg.responses,
        met: own.indicators.satisfactionAvg.met,
      });
    }
    expect(quarters.reduce((sum, q) => sum + q.responses, 0)).toBe(report.indicators.satisfactionAvg.responses);
  });

  it("every period's report with its year's quarters: the period's own report and the year's quarterly satisfaction", async () => {
    const project = readSampleReports()[0].project;
    const quarterly = await computeQuarterlySatisfaction(t.db, project, 2026);
    for (const expected of readSampleReports()) {
      const { year, quarter, cumulative } = expected.period;
      const { report, quarters } = await computeKpiWithQuarters(t.db, { projectCode: project, year, quarter, cumulative });
      expect(JSON.parse(JSON.stringify(report))).toEqual(expected);
      expect(quarters).toEqual(year === 2026 ? quarterly : await computeQuarterlySatisfaction(t.db, project, year));
    }
  });

  it("re-importing the sample changes nothing and the reports stay the same", async () => {
    const before = await t.db.registration.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const result = await importBundle(t.db, readSampleBundle());
    for (const [entity, count] of Object.entries(result.counts)) {
      expect({ entity, created: count.created, updated: count.updated }).toEqual({ entity, created: 0, updated: 0 });
    }
    expect(await t.db.registration.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(before);
    const [yearReport] = readSampleReports();
    expect(await computeKpiReport(t.db, { projectCode: yearReport.project, year: 2026 })).toEqual(yearReport);
  });
});
