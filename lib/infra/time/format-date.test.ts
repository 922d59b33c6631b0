import { describe, expect, it } from "vitest";
import { dateFormatter, formatDate, formatDateTime, formatUtcDay, fromLocalInputValue, toLocalInputValue } from "./format-date";

describe("dates as civil servants read them", () => {
  const instant = new Date("2026-03-31T21:30:00Z");

  it("in the region's zone, дд.мм.гггг and 24-hour time", () => {
    expect(formatDateTime(instant, "Europe/Moscow")).toBe("01.04.2026 00:30");
    expect(formatDateTime(instant, "Europe/Kaliningrad")).toBe("31.03.2026 23:30");
    expect(formatDate(instant, "Asia/Kamchatka")).toBe("01.04.2026");
    expect(formatUtcDay(null)).toBe("—");
  });

  it("a datetime-local value and back, across zones", () => {
    expect(toLocalInputValue(instant, "Asia/Vladivostok")).toBe("2026-04-01T07:30");
    expect(fromLocalInputValue("2026-04-01T07:30", "Asia/Vladivostok")?.toISOString()).toBe(instant.toISOString());
    expect(fromLocalInputValue("2026-02-30T10:00", "Europe/Moscow")).toBeNull();
  });

  it("keeps one formatter per style and zone; an unknown zone is refused", () => {
    expect(dateFormatter("time", "Europe/Samara")).toBe(dateFormatter("time", "Europe/Samara"));
    expect(dateFormatter("time", "Europe/Samara")).not.toBe(dateFormatter("date", "Europe/Samara"));
    expect(() => formatDate(instant, "Mars/Olympus")).toThrow(RangeError);
  });
});
