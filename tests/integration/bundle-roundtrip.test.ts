// Round trip: import the sample → export → import the export into an empty database → the same KPI
// reports and the same export; plus re-import and update-by-code semantics.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportBundle } from "../../lib/bundle/export-bundle";
import { importBundle } from "../../lib/bundle/import-bundle";
import { validateBundle } from "../../lib/bundle/validate-bundle";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeBundle, snapshot } from "../helpers/bundle-builder";
import { readSampleBundle, readSampleReports } from "../helpers/contract-fixtures";

let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => Promise.all([source.drop(), target.drop()]));

const periods = readSampleReports().map((r) => ({
  year: r.period.year,
  quarter: r.period.quarter,
  cumulative: r.period.cumulative,
}));

describe("export → import into an empty database", () => {
  it("gives identical KPI reports and an identical export", async () => {
    const sample = readSampleBundle();
    await importBundle(source.db, sample);
    const exported = JSON.parse(JSON.stringify(await exportBundle(source.db, "golden-ring-2026")));
    expect((await validateBundle(target.db, exported)).problems).toEqual([]);
    expect(exported.registrations).toHaveLength((sample.registrations as unknown[]).length);
    expect(exported.feedback).toHaveLength((sample.feedback as unknown[]).length);

    await importBundle(target.db, exported);
    for (const period of periods) {
      const [a, b] = await Promise.all([
        computeKpiReport(source.db, { projectCode: "golden-ring-2026", ...period }),
        computeKpiReport(target.db, { projectCode: "golden-ring-2026", ...period }),
      ]);
      expect(b).toEqual(a);
    }
    expect(JSON.parse(JSON.stringify(await exportBundle(target.db, "golden-ring-2026")))).toEqual(exported);
  });
});

describe("re-import and updates by code", () => {
  it("re-importing the same bundle writes nothing", async () => {
    const bundle = makeBundle();
    const first = await importBundle(source.db, bundle);
    expect(first.counts.events).toMatchObject({ received: 2, created: 2, updated: 0 });
    const auditBefore = await source.db.auditLog.count({ where: { entity: "Bundle", entityId: bundle.project.code } });
    const before = await snapshot(source.db);
    const again = await importBundle(source.db, bundle);
    expect(Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    const after = await snapshot(source.db);
    // nothing grows, not even the audit log: only imports that change something are logged
    expect(after).toEqual(before);
    expect(await source.db.auditLog.count({ where: { entity: "Bundle", entityId: bundle.project.code } })).toBe(auditBefore);
  });

  it("a changed bundle updates what it names and leaves the rest alone", async () => {
    const bundle = makeBundle();
    await importBundle(source.db, bundle);
    const project = await source.db.project.findUniqueOrThrow({ where: { code: bundle.project.code } });
    const untouched = await source.db.participant.findFirstOrThrow({ where: { projectId: project.id, code: "P2" } });
    const result = await importBundle(source.db, {
      format: "kadry-bundle/1",
      project: { ...bundle.project, targets: { eventsHeld: 3, satisfactionAvg: 4.25 } },
      participants: [{ ...bundle.participants[0], fullName: "Петров Пётр Петрович" }],
      events: [
        { ...bundle.events[1], status: "held", expertCodes: ["E1"] },
        { ...bundle.events[0], expertCodes: [] },
      ],
      registrations: [{ eventCode: "EV2", participantCode: "P3", status: "registered", attended: true }],
    });
    expect(result.counts.participants).toMatchObject({ received: 1, created: 0, updated: 1 });
    expect(result.counts.events).toMatchObject({ received: 2, created: 0, updated: 1, unchanged: 1 });
    expect(result.counts.eventExperts).toMatchObject({ created: 1, removed: 1 });
    const after = await source.db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect([after.targetEventsHeld, after.targetSatisfactionAvg.toFixed(2), after.targetDirectionsCovered]).toEqual([
      3,
      "4.25",
      10,
    ]);
    expect(await source.db.participant.findFirstOrThrow({ where: { id: untouched.id } })).toEqual(untouched);
    expect((await source.db.participant.findFirstOrThrow({ where: { projectId: project.id, code: "P1" } })).fullName).toBe(
      "Петров Пётр Петрович",
    );
    expect(await source.db.registration.count({ where: { event: { projectId: project.id } } })).toBe(4);
    const report = await computeKpiReport(source.db, { projectCode: bundle.project.code, year: 2026, quarter: 2 });
    expect(report.indicators.eventsHeld).toEqual({ value: 2, target: 3, met: false });
    expect(report.indicators.satisfactionAvg).toEqual({ value: 5, target: 4.25, met: true, responses: 1 });
  });
});
