// iCalendar (RFC 5545) text for events: one VEVENT per event, times in UTC ("Z"), text values escaped,
// lines folded at 75 octets and ended with CRLF. Used by the per-event .ics file and the personal feed.

export type IcsEvent = {
  id: string;
  title: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  status: "planned" | "held" | "cancelled";
  venue?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
  cancelReason?: string | null;
  updatedAt?: Date | null;
  /** The event page, absolute. */
  url?: string | null;
};

const CRLF = "\r\n";
const PRODID = "-//Kadry Portal//Kadrovyi portal//RU";

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** DATE-TIME in UTC: 20261210T070000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * Folds a content line into chunks of at most 75 octets (UTF-8), continuation lines starting with a
 * space (§3.1); a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function location(event: IcsEvent): string | null {
  const parts = [event.venue, event.address, event.onlineUrl].map((p) => p?.trim()).filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

function description(event: IcsEvent): string | null {
  const parts = [
    event.status === "cancelled" ? `Мероприятие отменено${event.cancelReason ? `: ${event.cancelReason}` : ""}` : null,
    event.description?.trim() || null,
    event.url ?? null,
  ].filter(Boolean);
  return parts.length ? parts.join("\n\n") : null;
}

function veventLines(event: IcsEvent, now: Date): string[] {
  const loc = location(event);
  const desc = description(event);
  return [
    "BEGIN:VEVENT",
    `UID:${event.id}@kadry-portal`,
    `DTSTAMP:${formatUtc(now)}`,
    ...(event.updatedAt ? [`LAST-MODIFIED:${formatUtc(event.updatedAt)}`] : []),
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(loc ? [`LOCATION:${escapeText(loc)}`] : []),
    ...(desc ? [`DESCRIPTION:${escapeText(desc)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/** A whole VCALENDAR with the given events; `name` titles a feed in calendar apps. */
export function buildCalendar(events: IcsEvent[], opts: { name?: string; now?: Date } = {}): string {
  const now = opts.now ?? new Date();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(opts.name ? [`X-WR-CALNAME:${escapeText(opts.name)}`] : []),
    ...events.flatMap((event) => veventLines(event, now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The headers of an .ics answer; `filename` should be ASCII (a non-ASCII name goes in filename*). */
export function icsHeaders(filename: string, disposition: "attachment" | "inline" = "attachment"): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `${disposition}; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
    "Cache-Control": "private, no-store",
  };
}
