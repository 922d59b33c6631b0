// Random and hostile input for property tests: huge strings, wrong types, SQL and HTML fragments,
// impossible dates and made-up time zones, next to fast-check's own anything().
import fc from "fast-check";

const FRAGMENTS = [
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)",
  "\\x00\\u0000",
  "\u0000",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{constructor.constructor('return process')()}}",
  "__proto__",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31T25:61",
  "2026-03-29T02:30",
  "Mars/Olympus_Mons",
  "Europe/Moscow ",
  "UTC+25",
  "NaN",
  "Infinity",
  "-1e309",
  "‮RTL",
  "𝕏".repeat(50),
];

/** One hostile value: a string (often huge or a fragment), or a value of a wrong type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1000, max: 200_000 }))
    .map(([s, n]) => s.repeat(n).slice(0, n)),
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }),
  fc.anything({ maxDepth: 2 }),
);

/** An object with the schema's own keys (some left out) and a few unknown ones, all hostile. */
export function hostileObject(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(keys.map((k) => [k, hostileValue]));
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("__proto__", "constructor", "id", "$ACTION_ID", "x"), hostileValue, { maxKeys: 3 }),
    )
    .map(([a, b]) => ({ ...b, ...a }));
}
