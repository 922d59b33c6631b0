import { describe, expect, it } from "vitest";
import { addDays, addMonths, eventsHref, isLocalDate, parseEventFilter, startOfWeek, toSearchParams } from "./event-filter";

describe("parseEventFilter", () => {
  it("defaults: list view, page 1, nothing filtered", () => {
    expect(parseEventFilter({})).toEqual({ page: 1, view: "list" });
    expect(parseEventFilter(undefined)).toEqual({ page: 1, view: "list" });
    expect(parseEventFilter(new URLSearchParams(""))).toEqual({ page: 1, view: "list" });
  });

  it("reads every filter", () => {
    const f = parseEventFilter({
      project: "kadry-2026",
      region: "cm1region",
      format: "seminar",
      direction: "cm1dir",
      status: "held",
      from: "2026-04-01",
      to: "2026-04-30",
      q: "  проектное управление ",
      page: "3",
      view: "month",
      date: "2026-04-15",
    });
    expect(f).toEqual({
      project: "kadry-2026",
      region: "cm1region",
      format: "seminar",
      direction: "cm1dir",
      status: "held",
      from: "2026-04-01",
      to: "2026-04-30",
      q: "проектное управление",
      page: 3,
      view: "month",
      date: "2026-04-15",
    });
  });

  it("bad values fall back to defaults instead of failing", () => {
    const f = parseEventFilter({
      project: "'; drop table",
      region: "",
      format: "party",
      status: "deleted",
      from: "2026-02-30",
      to: "31.12.2026",
      page: "-2",
      view: "year",
      date: "tomorrow",
      unknown: "x",
    });
    expect(f).toEqual({ page: 1, view: "list" });
    expect(parseEventFilter({ page: "2.5" }).page).toBe(1);
    expect(parseEventFilter({ page: "1e9" }).page).toBe(1);
    expect(parseEventFilter({ page: "abc" }).page).toBe(1);
  });

  it("repeated params take the first value; long search text is cut", () => {
    expect(parseEventFilter({ status: ["planned", "held"], page: ["2", "5"] })).toMatchObject({ status: "planned", page: 2 });
    const params = new URLSearchParams("view=week&view=month&q=a");
    expect(parseEventFilter(params)).toMatchObject({ view: "week", q: "a" });
    expect(parseEventFilter({ q: "я".repeat(500) }).q).toHaveLength(200);
  });

  it("a reversed date range is swapped", () => {
    expect(parseEventFilter({ from: "2026-05-10", to: "2026-05-01" })).toMatchObject({ from: "2026-05-01", to: "2026-05-10" });
  });
});

describe("toSearchParams", () => {
  it("round-trips every filter through the URL", () => {
    const f = parseEventFilter({
      project: "kadry-2026",
      region: "r1",
      format: "webinar",
      direction: "d1",
      status: "cancelled",
      from: "2026-01-01",
      to: "2026-12-31",
      q: "наставник & ко",
      page: "4",
      view: "week",
      date: "2026-06-03",
    });
    const url = toSearchParams(f).toString();
    expect(parseEventFilter(new URLSearchParams(url))).toEqual(f);
  });

  it("leaves defaults out, so links stay short", () => {
    expect(toSearchParams(parseEventFilter({})).toString()).toBe("");
    expect(toSearchParams({ view: "list", page: 1, q: "семинар" }).toString()).toBe(
      "q=%D1%81%D0%B5%D0%BC%D0%B8%D0%BD%D0%B0%D1%80",
    );
  });

  it("eventsHref changes one thing, keeps the rest and goes back to page 1", () => {
    const f = parseEventFilter({ region: "r1", page: "3", view: "list" });
    expect(eventsHref(f, { view: "month" })).toBe("/events?region=r1&view=month");
    expect(eventsHref({}, {})).toBe("/events");
  });
});

describe("calendar day arithmetic", () => {
  it("adds days and months across ends of months and leap years", () => {
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-12-01", 1)).toBe("2027-01-01");
  });

  it("weeks start on Monday", () => {
    expect(startOfWeek("2026-04-01")).toBe("2026-03-30"); // a Wednesday
    expect(startOfWeek("2026-04-05")).toBe("2026-03-30"); // a Sunday
    expect(startOfWeek("2026-03-30")).toBe("2026-03-30");
  });

  it("recognises real calendar days only", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-4-1")).toBe(false);
  });
});
