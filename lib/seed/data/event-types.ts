// The shape of a demo event as written by hand in events-h1.ts / events-h2.ts: the bundle's fields plus
// the details the bundle does not carry (description, venue, cancel reason) and two knobs that drive the
// generated registrations and ratings.
import "server-only";
import type { EventFormat, EventStatus } from "@prisma/client";
import type { CategoryCode, DirectionCode, RegionCode } from "./reference";
import type { VenueKey } from "./venues";

export type Mood = "excellent" | "good" | "mixed";

export type DemoEvent = {
  code: string;
  regionCode: RegionCode;
  format: EventFormat;
  directionCode: DirectionCode;
  status: EventStatus;
  /** Local time in the region (Europe/Moscow): "2026-01-22 10:00". */
  starts: string;
  /** Local end: "13:00" on the same day or "2026-04-17 17:00". */
  ends: string;
  /** Seats; absent: no limit (webinars). */
  capacity?: number;
  title: string;
  description: string;
  /** Absent for webinars, which get an online link instead. */
  venue?: VenueKey;
  expertCodes: string[];
  /** Registrations wanted: a share of the capacity (above 1 fills the wait-list) or, without capacity, a number. */
  demand: number;
  /** How attendees rated it. */
  mood: Mood;
  /** Categories the event mostly draws (the rest come from everyone). */
  audience?: CategoryCode[];
  cancelReason?: string;
};

/** Moscow has no daylight saving time since 2014: local time is UTC+3 all year. */
const OFFSET = "+03:00";

export function startsAtOf(event: Pick<DemoEvent, "starts">): string {
  return `${event.starts.replace(" ", "T")}:00${OFFSET}`;
}

export function endsAtOf(event: Pick<DemoEvent, "starts" | "ends">): string {
  const end = event.ends.includes(" ") ? event.ends : `${event.starts.slice(0, 10)} ${event.ends}`;
  return `${end.replace(" ", "T")}:00${OFFSET}`;
}

/** Registration closes at 18:00 local two days before the start. */
export function registrationDeadlineOf(event: Pick<DemoEvent, "starts">): Date {
  const start = new Date(startsAtOf(event));
  const day = new Date(start.getTime() - 2 * 24 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T18:00:00${OFFSET}`);
}
