import { describe, expect, it } from "vitest";
import { currentCycleYear } from "./current-cycle-year";
import { cycleDates } from "./cycle-dates";

describe("the reserve's cycle year", () => {
  it("starts on 1 September (UTC)", () => {
    expect(currentCycleYear(new Date("2026-08-31T23:59:59Z"))).toBe(2025);
    expect(currentCycleYear(new Date("2026-09-01T00:00:00Z"))).toBe(2026);
    expect(currentCycleYear(new Date("2027-01-15T12:00:00Z"))).toBe(2026);
  });

  it("agrees with the dates of the cycle's activities", () => {
    const { startsOn, dueOn } = cycleDates(9, 8, 2026);
    expect(currentCycleYear(startsOn)).toBe(2026);
    expect(currentCycleYear(dueOn)).toBe(2026);
  });
});
