// Фильтр мероприятий: the one reading of /events search params (list, month and week views share it).
// Every field falls back to its default on a bad value, so a hand-edited or stale link never crashes the
// page; `toSearchParams` writes the filter back, leaving defaults out, for links that keep the view.
import { z } from "zod";
import { EVENT_FORMATS, EVENT_STATUSES } from "./schemas";

export const EVENT_VIEWS = ["list", "month", "week"] as const;
export type EventView = (typeof EVENT_VIEWS)[number];

/** The first value of a search param, trimmed; empty strings count as absent. */
function firstValue(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Is `value` a real calendar day written yyyy-mm-dd (2026-02-30 is not)? */
export function isLocalDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  if (y < 1900 || y > 2999) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Calendar arithmetic on yyyy-mm-dd days (no time zone involved: a local day is just a label). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${String(next.getUTCFullYear()).padStart(4, "0")}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`;
}

/** The same day `months` months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(Math.min(d, last))}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Monday of the week containing `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

const localDate = z.string().refine(isLocalDate);
/** cuid ids and project codes: letters, digits, "-", "_", "." only. */
const idLike = z
  .string()
  .max(100)
  .regex(/^[\w.-]+$/);

export const eventFilterSchema = z
  .object({
    project: optional(idLike),
    region: optional(idLike),
    format: optional(z.enum(EVENT_FORMATS)),
    direction: optional(idLike),
    status: optional(z.enum(EVENT_STATUSES)),
    from: optional(localDate),
    to: optional(localDate),
    q: optional(z.string().transform((s) => s.slice(0, 200))),
    page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1),
    view: z.preprocess(firstValue, z.enum(EVENT_VIEWS)).catch("list"),
    date: optional(localDate),
  })
  // a reversed range is read the way it was meant
  .transform((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));

export type EventFilter = z.output<typeof eventFilterSchema>;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined> | null | undefined;

/** Reads the filter from the page's search params; never throws. */
export function parseEventFilter(params: SearchParamsInput): EventFilter {
  const record: Record<string, unknown> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  } else if (params && typeof params === "object") {
    Object.assign(record, params);
  }
  return eventFilterSchema.parse(record);
}

const KEYS = ["project", "region", "direction", "format", "status", "from", "to", "q", "view", "date", "page"] as const;

/** The filter as search params, defaults left out (page 1, list view), so links stay short. */
export function toSearchParams(filter: Partial<EventFilter>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "view" && value === "list") continue;
    params.set(key, String(value));
  }
  return params;
}

/** A link to /events with `filter` changed by `patch` (page back to 1 unless the patch sets it). */
export function eventsHref(filter: Partial<EventFilter>, patch: Partial<EventFilter> = {}): string {
  const query = toSearchParams({ ...filter, page: 1, ...patch }).toString();
  return query ? `/events?${query}` : "/events";
}
