import { describe, expect, it } from "vitest";
import { dashboardPeriodFrom, periodSearchParams, type DashboardPeriod } from "./dashboard-period";

describe("the dashboard's period in a URL", () => {
  const periods: DashboardPeriod[] = [
    { year: 2026, quarter: null, cumulative: false },
    { year: 2026, quarter: 2, cumulative: false },
    { year: 2027, quarter: 3, cumulative: true },
  ];

  it("reads back what it writes", () => {
    for (const period of periods) {
      const params = Object.fromEntries(periodSearchParams(period));
      expect(dashboardPeriodFrom(params, 2000)).toEqual(period);
    }
  });

  it("writes year, quarter and mode=ytd, after the parameters given first", () => {
    expect(String(periodSearchParams(periods[0]))).toBe("year=2026");
    expect(String(periodSearchParams(periods[2], { indicator: "eventsHeld" }))).toBe(
      "indicator=eventsHeld&year=2027&quarter=3&mode=ytd",
    );
  });

  it("falls back to the project's year and drops what it does not know", () => {
    expect(dashboardPeriodFrom({ year: "1999", quarter: "5", mode: "ytd" }, 2026)).toEqual({
      year: 2026,
      quarter: null,
      cumulative: false,
    });
  });
});
