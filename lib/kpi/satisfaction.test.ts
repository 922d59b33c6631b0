// satisfactionAvg rounding and `met`, by hand: value = round half-up (sum / count, 2 decimals),
// met = sum / count >= target on the unrounded mean.
import { describe, expect, it } from "vitest";
import { satisfaction } from "./compute-kpi-report";

describe("satisfaction", () => {
  it("4.565 (913 / 200) rounds up to 4.57", () => {
    expect(satisfaction(913n, 200, "4.50")).toEqual({ value: 4.57, met: true });
  });
  it("4.515 (903 / 200) rounds up to 4.52, where rounding the float gives 4.51", () => {
    expect(Math.round((903 / 200) * 100) / 100).toBe(4.51); // the trap: 4.515 is stored as 4.51499999…
    expect((903 / 200).toFixed(2)).toBe("4.51");
    expect(satisfaction(903n, 200, "4.50")).toEqual({ value: 4.52, met: true });
  });
  it("4.497 (4497 / 1000) shows 4.50 but does not meet 4.5", () => {
    expect(satisfaction(4497n, 1000, "4.50")).toEqual({ value: 4.5, met: false });
  });
  it("exactly the target meets it (9 / 2 = 4.5)", () => {
    expect(satisfaction(9n, 2, "4.50")).toEqual({ value: 4.5, met: true });
  });
  it("thirds: 14 / 3 = 4.666… → 4.67; 13 / 3 = 4.333… → 4.33", () => {
    expect(satisfaction(14n, 3, "4.50").value).toBe(4.67);
    expect(satisfaction(13n, 3, "4.50")).toEqual({ value: 4.33, met: false });
  });
  it("a target with two decimals: 4.25 is met by 17 / 4 = 4.25, not by 4249 / 1000", () => {
    expect(satisfaction(17n, 4, "4.25")).toEqual({ value: 4.25, met: true });
    expect(satisfaction(4249n, 1000, "4.25")).toEqual({ value: 4.25, met: false });
  });
  it("no responses: null and not met", () => {
    expect(satisfaction(0n, 0, "4.50")).toEqual({ value: null, met: false });
  });
  it("large sums stay exact (5 · 10⁹ ratings of 5 minus one 4)", () => {
    const count = 1_000_000_000;
    expect(satisfaction(5n * BigInt(count) - 1n, count, "5.00")).toEqual({ value: 5, met: false });
  });
});
