// The shared contract fixtures (../shared): the Golden Ring sample bundle and its expected KPI reports.
import fs from "node:fs";
import path from "node:path";
import type { KpiReport } from "../../lib/kpi/compute-kpi-report";

export const sharedDir = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, "../../../shared");

export function readSampleBundle(): Record<string, unknown> & { project: Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(path.join(sharedDir, "fixtures/golden-ring-sample.json"), "utf8"));
}

export function readSampleReports(): KpiReport[] {
  return JSON.parse(fs.readFileSync(path.join(sharedDir, "fixtures/golden-ring-sample.kpi.json"), "utf8"));
}
