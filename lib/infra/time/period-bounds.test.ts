// Period bounds, worked out by hand from the zones' offsets (tzdb):
// Kaliningrad UTC+2, Moscow UTC+3 (UTC+4 from 2011-03-27 to 2014-10-26), Vladivostok UTC+10,
// Kamchatka UTC+12, New York UTC−5 / UTC−4 in summer, São Paulo 2018: the clock jumped 00:00 → 01:00 on 4 November.
import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  localDate,
  localMonth,
  monthBounds,
  nextLocalDate,
  periodBounds,
  startOfLocalDay,
} from "./period-bounds";

const iso = (d: Date) => d.toISOString();

describe("periodBounds", () => {
  it("Moscow Q2 2026: 1 April 00:00 MSK = 31 March 21:00 UTC, up to 1 July 00:00 MSK", () => {
    const p = periodBounds({ year: 2026, quarter: 2, timeZone: "Europe/Moscow" });
    expect(iso(p.start)).toBe("2026-03-31T21:00:00.000Z");
    expect(iso(p.end)).toBe("2026-06-30T21:00:00.000Z");
    expect([p.from, p.to, p.quarter, p.cumulative]).toEqual(["2026-04-01", "2026-06-30", 2, false]);
    // the spec's example: 21:30 UTC on 31 March is 00:30 on 1 April in Moscow, so it is in Q2, not Q1
    const q1 = periodBounds({ year: 2026, quarter: 1, timeZone: "Europe/Moscow" });
    const t = new Date("2026-03-31T21:30:00Z").getTime();
    expect(t >= q1.end.getTime()).toBe(true);
    expect(t >= p.start.getTime() && t < p.end.getTime()).toBe(true);
  });

  it("Kaliningrad whole year 2026: 2025-12-31 22:00 UTC to 2026-12-31 22:00 UTC", () => {
    const p = periodBounds({ year: 2026, timeZone: "Europe/Kaliningrad" });
    expect([iso(p.start), iso(p.end), p.from, p.to, p.quarter, p.cumulative]).toEqual([
      "2025-12-31T22:00:00.000Z",
      "2026-12-31T22:00:00.000Z",
      "2026-01-01",
      "2026-12-31",
      null,
      false,
    ]);
  });

  it("Kamchatka Q1 2026: midnights are at 12:00 UTC of the previous day", () => {
    const p = periodBounds({ year: 2026, quarter: 1, timeZone: "Asia/Kamchatka" });
    expect([iso(p.start), iso(p.end), p.to]).toEqual(["2025-12-31T12:00:00.000Z", "2026-03-31T12:00:00.000Z", "2026-03-31"]);
  });

  it("Vladivostok year-to-date Q3 2026: 1 January to 30 September", () => {
    const p = periodBounds({ year: 2026, quarter: 3, cumulative: true, timeZone: "Asia/Vladivostok" });
    expect([iso(p.start), iso(p.end), p.from, p.to, p.cumulative]).toEqual([
      "2025-12-31T14:00:00.000Z",
      "2026-09-30T14:00:00.000Z",
      "2026-01-01",
      "2026-09-30",
      true,
    ]);
  });

  it("cumulative without a quarter is the whole year and says cumulative: false", () => {
    const p = periodBounds({ year: 2026, cumulative: true, timeZone: "Europe/Moscow" });
    expect([p.quarter, p.cumulative, p.from, p.to]).toEqual([null, false, "2026-01-01", "2026-12-31"]);
  });

  it("historic Moscow offsets: Q1 2011 starts at UTC+3 and ends at UTC+4; Q4 2014 starts at UTC+4, ends at UTC+3", () => {
    const q1 = periodBounds({ year: 2011, quarter: 1, timeZone: "Europe/Moscow" });
    expect([iso(q1.start), iso(q1.end)]).toEqual(["2010-12-31T21:00:00.000Z", "2011-03-31T20:00:00.000Z"]);
    const q4 = periodBounds({ year: 2014, quarter: 4, timeZone: "Europe/Moscow" });
    expect([iso(q4.start), iso(q4.end)]).toEqual(["2014-09-30T20:00:00.000Z", "2014-12-31T21:00:00.000Z"]);
  });

  it("a DST zone: New York Q2 2026 runs from 04:00 UTC (EDT) to 04:00 UTC; Q1 starts at 05:00 UTC (EST)", () => {
    const q2 = periodBounds({ year: 2026, quarter: 2, timeZone: "America/New_York" });
    expect([iso(q2.start), iso(q2.end)]).toEqual(["2026-04-01T04:00:00.000Z", "2026-07-01T04:00:00.000Z"]);
    expect(iso(periodBounds({ year: 2026, quarter: 1, timeZone: "America/New_York" }).start)).toBe("2026-01-01T05:00:00.000Z");
  });

  it("a day without a midnight starts when the clock jumps: São Paulo 2018-11-04 starts at 01:00 −02 = 03:00 UTC", () => {
    expect(iso(startOfLocalDay("2018-11-04", "America/Sao_Paulo"))).toBe("2018-11-04T03:00:00.000Z");
    expect(localDate(new Date("2018-11-04T02:59:59Z"), "America/Sao_Paulo")).toBe("2018-11-03");
  });

  it("refuses a bad quarter, year or zone", () => {
    expect(() => periodBounds({ year: 2026, quarter: 5, timeZone: "Europe/Moscow" })).toThrow(RangeError);
    expect(() => periodBounds({ year: 2026.5, timeZone: "Europe/Moscow" })).toThrow(RangeError);
    expect(() => periodBounds({ year: 2026, timeZone: "Europe/Moskva" })).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA names and nothing else", () => {
    for (const zone of ["Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Kamchatka", "UTC"]) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ["Europe/Moskva", "Mars/Olympus", "+03:00", "", " Europe/Moscow", "Europe/Mosсow", 3]) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});

describe("monthBounds", () => {
  it("Moscow February 2026: 31 January 21:00 UTC up to 28 February 21:00 UTC", () => {
    const m = monthBounds({ year: 2026, month: 2, timeZone: "Europe/Moscow" });
    expect([iso(m.start), iso(m.end), m.from, m.to]).toEqual([
      "2026-01-31T21:00:00.000Z",
      "2026-02-28T21:00:00.000Z",
      "2026-02-01",
      "2026-02-28",
    ]);
  });
  it("leap February 2028 in Vladivostok (UTC+10) and December rolling over into the next year", () => {
    const feb = monthBounds({ year: 2028, month: 2, timeZone: "Asia/Vladivostok" });
    expect([iso(feb.start), iso(feb.end), feb.to]).toEqual([
      "2028-01-31T14:00:00.000Z",
      "2028-02-29T14:00:00.000Z",
      "2028-02-29",
    ]);
    const dec = monthBounds({ year: 2026, month: 12, timeZone: "Europe/Kaliningrad" });
    expect([iso(dec.start), iso(dec.end)]).toEqual(["2026-11-30T22:00:00.000Z", "2026-12-31T22:00:00.000Z"]);
  });
  it("New York March 2026: EST at the start (UTC−5), EDT at the end (UTC−4)", () => {
    const m = monthBounds({ year: 2026, month: 3, timeZone: "America/New_York" });
    expect([iso(m.start), iso(m.end)]).toEqual(["2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"]);
  });
  it("refuses a month 0 or 13 and an unknown zone; localMonth and nextLocalDate", () => {
    expect(() => monthBounds({ year: 2026, month: 13, timeZone: "Europe/Moscow" })).toThrow(/месяц/);
    expect(() => monthBounds({ year: 2026, month: 0, timeZone: "Europe/Moscow" })).toThrow(/месяц/);
    expect(() => monthBounds({ year: 2026, month: 1, timeZone: "Mars/Olympus" })).toThrow(/часовой пояс/);
    // 31 January 21:30 UTC is already 1 February in Moscow
    expect(localMonth(new Date("2026-01-31T21:30:00Z"), "Europe/Moscow")).toEqual({ year: 2026, month: 2 });
    expect(localMonth(new Date("2026-01-31T21:30:00Z"), "Europe/Kaliningrad")).toEqual({ year: 2026, month: 1 });
    expect([nextLocalDate("2026-02-28"), nextLocalDate("2026-12-31"), nextLocalDate("2028-02-28")]).toEqual([
      "2026-03-01",
      "2027-01-01",
      "2028-02-29",
    ]);
  });
});

describe("startOfLocalDay, remembered", () => {
  it("answers a day asked again with the same instant, in a Date of the caller's own", () => {
    const first = startOfLocalDay("2026-03-29", "Europe/Kaliningrad");
    first.setTime(0);
    expect(startOfLocalDay("2026-03-29", "Europe/Kaliningrad").toISOString()).toBe("2026-03-28T22:00:00.000Z");
    // another zone, another instant for the same day
    expect(startOfLocalDay("2026-03-29", "Asia/Kamchatka").toISOString()).toBe("2026-03-28T12:00:00.000Z");
  });
});
