// Issue 17, item 6: lib/ returns data or typed errors (AppError); only the HTTP and form adapters in
// lib/infra/http/ build a Response or a FormState. This scans every source file of lib/ outside lib/infra/http/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const lib = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(lib, "infra", "http") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name) ? [full] : [];
  });
}

const HTTP_ONLY: [what: string, pattern: RegExp][] = [
  ["new Response", /\bnew\s+Response\s*\(/],
  ["NextResponse", /\bNextResponse\b/],
  ["Response.json", /\bResponse\.json\s*\(/],
  ["a Response as a type", /[:<|]\s*Response\b(?!\s*[.(])/],
  ["FormState", /\bFormState\b/],
  ["an import from http/form-state or http/form-action", /from\s+["'][^"']*http\/form-(state|action)["']/],
];

/** What the file does that only lib/infra/http/ may do; comments are not code. */
function httpOnlyUses(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return HTTP_ONLY.filter(([, pattern]) => pattern.test(code)).map(([what]) => what);
}

describe("lib/ outside lib/infra/http/", () => {
  it("the check finds what it looks for, and not in comments", () => {
    expect(httpOnlyUses(`export const f = () => new Response("x", { status: 200 });`)).toEqual(["new Response"]);
    expect(httpOnlyUses(`import { NextResponse } from "next/server";`)).toEqual(["NextResponse"]);
    expect(httpOnlyUses(`return Response.json({ ok: true });`)).toEqual(["Response.json"]);
    expect(httpOnlyUses(`export async function download(): Promise<Response> {}`)).toEqual(["a Response as a type"]);
    expect(httpOnlyUses(`import type { FormState } from "../http/form-state";`)).toEqual([
      "FormState",
      "an import from http/form-state or http/form-action",
    ]);
    expect(httpOnlyUses(`// the route handler turns the answer into a Response\nexport const x = 1;`)).toEqual([]);
  });

  it("builds no Response and no FormState", () => {
    const files = sourceFiles(lib);
    expect(files.length).toBeGreaterThan(100);
    const offending = files
      .map((file) => ({ file: path.relative(lib, file), uses: httpOnlyUses(fs.readFileSync(file, "utf8")) }))
      .filter((f) => f.uses.length > 0);
    expect(offending).toEqual([]);
  });
});
