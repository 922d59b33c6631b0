// The repository stands on its own (issue 17): no file reads or names a folder beside the clone, and the
// project's own bundle generator is deterministic, gives the bundles the benchmarks were measured on
// (the digests below were taken from the generator the project started with) and writes valid bundles.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../../lib/bundle/import-bundle";
import { parseBundleJson } from "../../lib/bundle/read-bundle-json";
import { bundleGenerator } from "../helpers/contract-fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Tracked files and new ones git does not ignore, as a clone would have them. */
function repositoryFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT });
  return out.toString("utf8").split("\0").filter(Boolean);
}

describe("no path outside the repository", () => {
  it("nothing names the workspace's shared folder or another folder beside the clone", () => {
    const offenders: string[] = [];
    const outside = /\.\.\/shared\b|\bSHARED_DIR\b|KADRY_FIXTURES_DIR/;
    for (const file of repositoryFiles()) {
      if (file === "package-lock.json" || file === path.relative(ROOT, import.meta.filename)) continue;
      if (!/\.(ts|tsx|js|mjs|cjs|json|md|sh|ya?ml|toml|prisma|sql|css)$|(^|\/)(run|Dockerfile)$/.test(file)) continue;
      const full = path.join(ROOT, file);
      if (!fs.existsSync(full)) continue; // deleted in the working tree
      const text = fs.readFileSync(full, "utf8");
      text.split("\n").forEach((line, i) => {
        if (outside.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe("scripts/gen-bundle.mjs", () => {
  const generate = (...args: string[]) =>
    execFileSync(process.execPath, [bundleGenerator, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    });
  const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

  it("gives the same bundle for the same options as the generator the benchmarks were measured with", () => {
    expect(sha256(generate())).toBe("6d7af4592c2261bc543d79965d05ec5fee412efcf5e2480069f43ef74e41a7e1");
    expect(sha256(generate("--regions", "89", "--events", "300", "--participants", "2000", "--seed", "7"))).toBe(
      "8e629bb385f5a8f40b3f7ca52f3075134b602667b38007e1bb0c4e63fb9b00a1",
    );
  });

  it("another seed gives another bundle", () => {
    expect(sha256(generate("--seed", "2"))).not.toBe(sha256(generate("--seed", "1")));
  });

  describe("its bundle imports cleanly", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
    });
    afterAll(async () => t?.drop());

    it("with the sizes asked for", async () => {
      const args = ["--regions", "6", "--events", "30", "--participants", "120", "--code", "gen-check"];
      const result = await importBundle(t.db, parseBundleJson(generate(...args).toString("utf8")));
      expect(result.counts.events.created).toBe(30);
      const events = await t.db.event.count({ where: { project: { code: "gen-check" } } });
      expect(events).toBe(30);
      const regions = await t.db.projectRegion.count({ where: { project: { code: "gen-check" } } });
      expect(regions).toBe(6);
    });
  });
});
