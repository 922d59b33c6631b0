// The contract fixtures kept in the repository (tests/fixtures, described in docs/spec/): the Golden Ring
// sample bundle and its expected kadry-kpi/1 reports, and the project's own bundle generator.
import fs from "node:fs";
import path from "node:path";
import type { KpiReport } from "../../lib/kpi/compute-kpi-report";

const repoRoot = path.resolve(import.meta.dirname, "../..");
export const fixturesDir = path.join(repoRoot, "tests/fixtures");
export const sampleBundlePath = path.join(fixturesDir, "golden-ring-sample.json");
/** scripts/gen-bundle.mjs: deterministic kadry-bundle/1 of any size (docs/spec/bundle-format.md) */
export const bundleGenerator = path.join(repoRoot, "scripts/gen-bundle.mjs");

export function readSampleBundle(): Record<string, unknown> & { project: Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(sampleBundlePath, "utf8"));
}

export function readSampleReports(): KpiReport[] {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, "golden-ring-sample.kpi.json"), "utf8"));
}
