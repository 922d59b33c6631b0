// The documentation stays true where a machine can tell (issue 17): the README fits on two screens and
// names only documents that exist, its demo accounts are the seeded ones, and every environment variable
// the code reads is explained somewhere in README.md or docs/.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import demoAccounts from "../../lib/seed/demo-accounts.json";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const readme = read("README.md");

/** Set by the platform, not by whoever runs the portal. */
const PLATFORM_VARIABLES = new Set(["NODE_ENV", "NEXT_RUNTIME", "NEXT_TELEMETRY_DISABLED", "CI"]);

/** Markdown files under docs/, relative to it. */
function docFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, "docs"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
}

function sourceFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT });
  return out
    .toString("utf8")
    .split("\0")
    .filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f) && fs.existsSync(path.join(ROOT, f)));
}

/** Every variable the code reads from process.env (dotted or quoted), with the first file reading it. */
function variablesReadByCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles()) {
    for (const m of read(file).matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[["']([A-Z][A-Z0-9_]*)["']\])/g)) {
      const name = m[1] ?? m[2];
      if (!found.has(name)) found.set(name, file);
    }
  }
  return found;
}

describe("README.md", () => {
  it("fits on two screens", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(150);
  });

  it("starts with the two commands of a new machine", () => {
    const firstBlock = readme.slice(0, readme.indexOf("```", readme.indexOf("```") + 3));
    expect(firstBlock).toContain("npm ci && npm run demo");
    expect(firstBlock).toContain("npm test");
  });

  it("names only files and folders that exist", () => {
    const named = [...readme.matchAll(/`((?:docs|lib|app|tests|scripts|components|prisma|deploy)\/[^`*<>\s]*)`/g)].map(
      (m) => m[1],
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it("lists every demo account with its password", () => {
    for (const account of demoAccounts) {
      expect(readme).toMatch(new RegExp(`\\| ${account.email} \\|[^\\n]*\\| ${account.password} \\|`));
    }
  });

  it("links every document in docs/", () => {
    expect(docFiles().filter((f) => !readme.includes(`docs/${f}`))).toEqual([]);
  });
});

describe("environment variables", () => {
  it("every variable the code reads is explained in README.md or docs/", () => {
    const docs = [
      readme,
      ...fs
        .readdirSync(path.join(ROOT, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => read(`docs/${f}`)),
    ].join("\n");
    const variables = variablesReadByCode();
    expect(variables.size).toBeGreaterThan(20);
    const undocumented = [...variables]
      .filter(([name]) => !PLATFORM_VARIABLES.has(name) && !docs.includes(`\`${name}\``) && !docs.includes(`\`${name}=`))
      .map(([name, file]) => `${name} (${file})`);
    expect(undocumented).toEqual([]);
  });
});
