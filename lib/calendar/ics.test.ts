import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc, type IcsEvent } from "./ics";

const NOW = new Date("2026-11-01T12:00:00Z");
const event: IcsEvent = {
  id: "ev1",
  title: "Мастер-класс",
  description: "Строка 1\nСтрока 2",
  startsAt: new Date("2026-12-10T07:00:00Z"),
  endsAt: new Date("2026-12-10T10:30:00Z"),
  status: "planned",
  venue: "Дом правительства",
  address: "Ярославль, ул. Советская, 3",
};

describe("iCalendar text", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes times in UTC with Z", () => {
    expect(formatUtc(new Date("2026-12-10T07:05:09.123Z"))).toBe("20261210T070509Z");
  });

  it("folds lines at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"Ж".repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
  });

  it("builds a VCALENDAR with CRLF line ends, the UID, UTC times and escaped text", () => {
    const text = buildCalendar([event], { now: NOW });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const unfolded = text.replace(/\r\n /g, "");
    const lines = unfolded.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:ev1@kadry-portal");
    expect(lines).toContain("DTSTAMP:20261101T120000Z");
    expect(lines).toContain("DTSTART:20261210T070000Z");
    expect(lines).toContain("DTEND:20261210T103000Z");
    expect(lines).toContain("SUMMARY:Мастер-класс");
    expect(lines).toContain("LOCATION:Дом правительства\\, Ярославль\\, ул. Советская\\, 3");
    expect(lines).toContain("DESCRIPTION:Строка 1\\nСтрока 2");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("marks cancelled events CANCELLED and uses the online link as the location", () => {
    const text = buildCalendar(
      [
        {
          ...event,
          venue: null,
          address: null,
          onlineUrl: "https://example.ru/webinar",
          status: "cancelled",
          cancelReason: "Болезнь лектора",
        },
      ],
      { now: NOW },
    );
    const lines = text.replace(/\r\n /g, "").split("\r\n");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain("LOCATION:https://example.ru/webinar");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain("Мероприятие отменено: Болезнь лектора");
  });
});
