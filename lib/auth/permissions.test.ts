// The authorization helper, role × action × own/other region. Expectations are written out by hand
// from docs/spec/domain.md's roles table, not derived from the PERMISSIONS constant they check.
import { describe, expect, it } from "vitest";
import { ACTIONS, authorize, can, regionWhere, ROLES, scopeOf, type Action, type Role, type SessionUser } from "./permissions";

const YAR = "region-yar";
const KOS = "region-kos";

const userOf = (role: Role): SessionUser => ({
  id: `user-${role}`,
  email: `${role}@example.ru`,
  fullName: role,
  role,
  regionIds: role === "COORDINATOR" ? [YAR] : [],
});

// A: allowed everywhere; O: own region only; S: own records only; -: never
type Expect = "A" | "O" | "S" | "-";
const EXPECTED: Record<Action, Record<Role, Expect>> = {
  "user.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "reference.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "audit.read": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "outbox.read": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "bundle.import": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "bundle.export": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "kpi.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "-", PARTICIPANT: "-" },
  "dashboard.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "-", PARTICIPANT: "-" },
  "assessment.record": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "event.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "A", PARTICIPANT: "A" },
  "event.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "registration.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "registration.self": { ADMIN: "S", MINISTRY: "S", COORDINATOR: "S", EXPERT: "S", PARTICIPANT: "S" },
  "participant.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "participant.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "participant.anonymize": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "personalData.log": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "personalData.self": { ADMIN: "S", MINISTRY: "S", COORDINATOR: "S", EXPERT: "S", PARTICIPANT: "S" },
  "expert.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "publication.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "survey.template": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "feedback.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "feedback.submit": { ADMIN: "S", MINISTRY: "S", COORDINATOR: "S", EXPERT: "S", PARTICIPANT: "S" },
  "conclusion.write": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "S", PARTICIPANT: "-" },
  "conclusion.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "expert.profile": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "S", PARTICIPANT: "-" },
  "resource.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "meeting.manage": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "meeting.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "-", PARTICIPANT: "-" },
  "assignment.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "assignment.report": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "assignment.assign": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "assignment.review": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "rating.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "-", PARTICIPANT: "-" },
  "rating.snapshot": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "roadmap.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "A", EXPERT: "-", PARTICIPANT: "-" },
  "roadmap.manage": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "reserve.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "reserve.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "reserve.diagnostics": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "reserve.assess": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "S", PARTICIPANT: "-" },
  "reserve.self": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "S" },
  "mentoring.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "mentoring.log": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "S", PARTICIPANT: "-" },
  "mentoring.rate": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "S" },
  "cyclogram.read": { ADMIN: "A", MINISTRY: "A", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "cyclogram.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "reserve.nominateSelf": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "S" },
  "reserve.mentor": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "S", PARTICIPANT: "-" },
  "competency.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "competition.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "O", EXPERT: "-", PARTICIPANT: "-" },
  "security.manage": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "security.read": { ADMIN: "A", MINISTRY: "-", COORDINATOR: "-", EXPERT: "-", PARTICIPANT: "-" },
  "competition.score": { ADMIN: "-", MINISTRY: "-", COORDINATOR: "-", EXPERT: "S", PARTICIPANT: "-" },
};

describe("the expectation table", () => {
  it("covers every action the portal defines", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });
});

describe.each(ACTIONS)("%s", (action) => {
  it.each(ROLES)("%s", (role) => {
    const user = userOf(role);
    const expected = EXPECTED[action][role];
    const own = { regionId: YAR, ownerUserId: user.id };
    const other = { regionId: KOS, ownerUserId: "someone-else" };
    expect(can(user, action, own)).toBe(expected !== "-");
    expect(can(user, action, other)).toBe(expected === "A");
    if (expected === "-") {
      expect(() => authorize(user, action, own)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    } else {
      expect(authorize(user, action, own)).toBe(user);
    }
    if (expected === "A") {
      expect(authorize(user, action, other)).toBe(user);
    } else {
      expect(() => authorize(user, action, other)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });
});

describe("without a user", () => {
  it.each(ACTIONS)("%s is refused as UNAUTHORIZED", (action) => {
    expect(can(null, action)).toBe(false);
    expect(() => authorize(null, action)).toThrow(expect.objectContaining({ code: "UNAUTHORIZED" }));
  });
});

describe("regionWhere puts the scope into the query", () => {
  it("is empty for an administrator", () => {
    expect(regionWhere(userOf("ADMIN"), "event.manage")).toEqual({});
  });
  it("limits a coordinator to own regions", () => {
    expect(regionWhere(userOf("COORDINATOR"), "event.manage")).toEqual({ regionId: { in: [YAR] } });
  });
  it("refuses a role without the action", () => {
    expect(() => regionWhere(userOf("PARTICIPANT"), "event.manage")).toThrow(/Недостаточно прав/);
  });
  it("a coordinator of two regions may act in both but not a third", () => {
    const both = { ...userOf("COORDINATOR"), regionIds: [YAR, KOS] };
    expect(can(both, "event.manage", { regionId: KOS })).toBe(true);
    expect(can(both, "event.manage", { regionId: "region-iva" })).toBe(false);
    expect(can(both, "event.manage", { regionId: null })).toBe(false);
  });
});

describe("staff without the second factor the policy requires", () => {
  it.each(ACTIONS)("%s is refused until they enrol", (action) => {
    const admin = { ...userOf("ADMIN"), secondFactorMissing: true };
    expect(can(admin, action)).toBe(false);
    expect(() => authorize(admin, action)).toThrow(expect.objectContaining({ code: "SECOND_FACTOR_REQUIRED" }));
  });
  it("gets no scope on any path that asks scopeOf directly (e.g. the file download rule)", () => {
    expect(scopeOf({ ...userOf("EXPERT"), secondFactorMissing: true }, "reserve.mentor")).toBeUndefined();
    expect(scopeOf(userOf("EXPERT"), "reserve.mentor")).toBe("self");
  });
  it("gets no region scope either", () => {
    expect(() => regionWhere({ ...userOf("ADMIN"), secondFactorMissing: true }, "event.manage")).toThrow(/Недостаточно прав/);
  });
});
