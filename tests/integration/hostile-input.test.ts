// Issue 9, item 9: property tests with random and hostile input. Every zod schema exported by a
// lib/**/schemas.ts or *-schema.ts file (found on disk, so a new one is covered) answers a ZodError with
// messages or a result, and never throws; the bundle import answers a list of problems (422) or imports,
// and never fails otherwise (a 500), leaving nothing half-written.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { importBundle } from "../../lib/bundle/import-bundle";
import { isBundleValidationError } from "../../lib/bundle/bundle-problem";
import { feedbackSchemaFor, QUESTION_KINDS } from "../../lib/surveys/schemas";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeBundle, snapshot } from "../helpers/bundle-builder";
import { hostileObject, hostileValue } from "../helpers/hostile-values";

const ROOT = path.resolve(import.meta.dirname, "../..");

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return schemaFiles(full);
    return /(^|-)schemas?\.ts$/.test(d.name) ? [full] : [];
  });
}

const isSchema = (v: unknown): v is z.ZodType =>
  typeof v === "object" && v !== null && typeof (v as z.ZodType).safeParse === "function";

/** The object keys a schema reads, through preprocess/pipe/refine wrappers (empty when not an object). */
function keysOf(schema: z.ZodType): string[] {
  for (let s: unknown = schema, i = 0; s && i < 6; i++) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape) return Object.keys(shape);
    s = def?.out ?? def?.in ?? def?.schema ?? def?.innerType;
  }
  return [];
}

async function allSchemas(): Promise<[string, z.ZodType][]> {
  const found: [string, z.ZodType][] = [];
  for (const file of schemaFiles(path.join(ROOT, "lib"))) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (isSchema(value)) found.push([`${path.relative(ROOT, file)}#${name}`, value]);
    }
  }
  // schemas built per event: one with a question of every kind
  const questions = QUESTION_KINDS.map((kind, i) => ({
    id: `q${i}`,
    kind,
    text: "?",
    options: ["а", "б"],
    required: i % 2 === 0,
  }));
  found.push(["lib/surveys/schemas.ts#feedbackSchemaFor(…)", feedbackSchemaFor(questions)]);
  return found;
}

/** safeParse must answer, never throw; a refusal lists issues with a non-empty message each. */
function checkAnswer(name: string, schema: z.ZodType, input: unknown) {
  let result: ReturnType<z.ZodType["safeParse"]>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    throw new Error(`${name} threw on ${preview(input)}: ${String(error)}`);
  }
  if (!result.success) {
    expect(result.error).toBeInstanceOf(z.ZodError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) expect(typeof issue.message === "string" && issue.message.length > 0).toBe(true);
  }
}

const preview = (v: unknown) => {
  try {
    return JSON.stringify(v)?.slice(0, 200);
  } catch {
    return String(v).slice(0, 200);
  }
};

describe("every zod schema under hostile input", async () => {
  const schemas = await allSchemas();

  it("finds the schemas on disk", () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  for (const [name, schema] of schemas) {
    it(name, () => {
      const keys = keysOf(schema);
      fc.assert(
        fc.property(fc.oneof(hostileObject(keys), hostileValue), (input) => checkAnswer(name, schema, input)),
        { numRuns: 150 },
      );
    });
  }
});

describe("the bundle import under hostile input", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  // a valid bundle with one field somewhere replaced by a hostile value, or something else entirely
  const listKeys = ["regions", "categories", "directions", "experts", "participants", "events", "registrations", "feedback"];
  const mutated = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom("project", ...listKeys), fc.string({ maxLength: 20 }), hostileValue) },
    { weight: 1, arbitrary: hostileValue.map((v) => ["whole", "", v] as const) },
  );

  it("answers problems (422) or imports, never another error, and a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ([where, key, value]) => {
        let input: unknown = value;
        if (where !== "whole") {
          const bundle = makeBundle();
          const target = where === "project" ? bundle.project : (bundle[where] as Record<string, unknown>[])[0];
          const field = key && key in target ? key : (Object.keys(target)[key.length % Object.keys(target).length] ?? "code");
          target[field] = value;
          input = bundle;
        }
        const before = await snapshot(t.db);
        try {
          await importBundle(t.db, input);
        } catch (error) {
          if (!isBundleValidationError(error)) throw new Error(`import of ${preview(input)} failed: ${String(error)}`);
          expect(error.status).toBe(422);
          expect(await snapshot(t.db)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  // PostgreSQL refuses U+0000 in text (22021): found by the property above on PostgreSQL, pinned here
  it("a string with U+0000 is a problem at its path, and nothing is written", async () => {
    const cases: [string, (b: ReturnType<typeof makeBundle>) => void][] = [
      ["project.code", (b) => (b.project.code = "\u0000")],
      ["participants[0].fullName", (b) => ((b.participants[0] as Record<string, unknown>).fullName = "Иван\u0000 Петров")],
      ["events[0].title", (b) => ((b.events[0] as Record<string, unknown>).title = "\u0000семинар")],
      ["registrations[0].participantCode", (b) => ((b.registrations[0] as Record<string, unknown>).participantCode = "P\u0000")],
    ];
    for (const [path, spoil] of cases) {
      const bundle = makeBundle();
      spoil(bundle);
      const before = await snapshot(t.db);
      const error = await importBundle(t.db, bundle).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isBundleValidationError(error), path).toBe(true);
      if (!isBundleValidationError(error)) continue;
      // the project code has its own pattern, which U+0000 fails; other strings name the character
      const message =
        path === "project.code" ? "код проекта: 2–64 символа a-z, 0-9 и дефис" : "содержит недопустимый символ U+0000";
      expect(error.problems, path).toContainEqual({ path, message });
      expect(await snapshot(t.db)).toEqual(before);
    }
  });
});
