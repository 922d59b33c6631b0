// Issue 17, item 4: authorization is decided in lib/auth only. This test reads every source file of app/,
// lib/ and components/ (not lib/auth, tests, seeds) and fails on a role-name comparison or a hand-written
// relation scope: code must ask the policy (can, authorize, regionWhere, candidateScope, activeMentorWhere,
// jurorWhere, linkedExpertWhere, regionsVisibleTo, homeViewOf…). Files that handle a role as DATA (the
// administrator editing a user's role, the registration form creating a participant account) are listed
// below with the reason; an entry that no longer matches anything fails too, so the list can't go stale.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROLE = "(?:ADMIN|MINISTRY|COORDINATOR|EXPERT|PARTICIPANT)";

/** What is refused outside lib/auth, each with the policy question to ask instead. */
const RULES: { name: string; pattern: RegExp }[] = [
  { name: "role compared (ask can/scopeOf)", pattern: /\brole\s*[!=]==?|[!=]==?\s*[\w?.]*\brole\b/ },
  { name: "switch over a role (ask homeViewOf or can)", pattern: /switch\s*\([^)]*\brole\s*\)/ },
  { name: "role name as a case label", pattern: new RegExp(`\\bcase\\s+["']${ROLE}["']`) },
  { name: "role looked up in a list (ask can)", pattern: /\.includes\([^)]*\brole\s*\)/ },
  { name: "role as a query filter (use a policy where builder)", pattern: new RegExp(`\\brole:\\s*["']${ROLE}["']`) },
  { name: "own regions checked by hand (use regionWhere/regionsVisibleTo)", pattern: /\bregionIds\.includes\(/ },
  { name: "linked expert written by hand (use linkedExpertWhere)", pattern: /\bexpert:\s*\{\s*userId\b/ },
  {
    name: "active mentor or juror written by hand (use the policy builders)",
    pattern: /(endedOn|conflictReason):\s*null,\s*expert\b/,
  },
];

/** Role as data, not a check of the signed-in user: the file and why. */
const ALLOWED: Record<string, string> = {
  "lib/users/schemas.ts": "the user form's rule: a coordinator being created must get regions",
  "lib/users/create-user.ts": "the administrator creates a user with the role they chose; regions kept only for coordinators",
  "lib/users/update-user.ts": "the administrator edits a user's role; an administrator can't demote themselves",
  "components/users/user-form.tsx": "the user form shows the regions field when the chosen role is coordinator",
  "app/admin/users/new/page.tsx": "the new-user form's default role",
  "lib/accounts/register-participant.ts": "self-registration creates a participant account",
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return walk(full);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : [];
  });
}

/** The violations in one file's text: "<line>: <rule>: <code>". Comments are not code. */
export function violationsIn(text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
    for (const rule of RULES) if (rule.pattern.test(code)) found.push(`${i + 1}: ${rule.name}: ${line.trim()}`);
  });
  return found;
}

const scanned = ["app", "lib", "components"]
  .flatMap((dir) => walk(path.join(ROOT, dir)))
  .map((full) => path.relative(ROOT, full).split(path.sep).join("/"))
  .filter((file) => !file.startsWith("lib/auth/") && !file.startsWith("lib/seed/"));

describe("policy boundary", () => {
  it("the rules catch what they are for (and leave policy questions alone)", () => {
    const planted = [
      `if (user?.role === "COORDINATOR") return;`,
      `if ("ADMIN" !== me.role) throw error;`,
      `switch (user.role) {`,
      `  case "EXPERT":`,
      `const staff = ["ADMIN", "MINISTRY"].includes(user.role);`,
      `where: { role: "COORDINATOR", active: true },`,
      `regions.filter((r) => user.regionIds.includes(r.id))`,
      `where: { eventId, expert: { userId: user.id } },`,
      `mentorPairs: { some: { endedOn: null, expert: { userId: me.id } } },`,
      `jury: { some: { conflictReason: null, expert: linkedExpertWhere(me.id) } },`,
    ];
    expect(planted.filter((line) => violationsIn(line).length === 0)).toEqual([]);
    const fine = [
      `const regions = regionsVisibleTo(user, "participant.read", reference.regions);`,
      `switch (homeViewOf(user)) {`,
      `where: { id, ...activeMentorPairWhere(me.id) },`,
      `// role === "COORDINATOR" used to be written here`,
      `<td>{ROLE_NAMES[u.role]}</td>`,
    ];
    expect(fine.flatMap(violationsIn)).toEqual([]);
  });

  it("no file outside lib/auth decides by role name or writes a relation scope by hand", () => {
    expect(scanned.length).toBeGreaterThan(300);
    const wrong = scanned
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) => violationsIn(fs.readFileSync(path.join(ROOT, file), "utf8")).map((v) => `${file}:${v}`));
    expect(wrong).toEqual([]);
  });

  it("every allowed file still handles a role as data (the list does not go stale)", () => {
    const stale = Object.keys(ALLOWED).filter(
      (file) =>
        !fs.existsSync(path.join(ROOT, file)) || violationsIn(fs.readFileSync(path.join(ROOT, file), "utf8")).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
