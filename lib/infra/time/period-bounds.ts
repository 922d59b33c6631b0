// Границы отчётного периода: year, quarter or year-to-date, as local midnights in the project's IANA
// time zone. One helper for the KPI report, the dashboards and the CLI (kpi-report.md, "The period").
// No date library: the zone's wall clock comes from Intl, and the instant of a local midnight is found by
// bisection, which stays right across DST, historic offset changes and days that start after 00:00.

export type PeriodQuery = {
  year: number;
  /** 1–4; absent for the whole year */
  quarter?: number | null;
  /** with a quarter: from 1 January to the end of that quarter */
  cumulative?: boolean;
  timeZone: string;
};

export type PeriodBounds = {
  year: number;
  quarter: number | null;
  cumulative: boolean;
  timeZone: string;
  /** first instant of the period (inclusive) */
  start: Date;
  /** first instant after the period (exclusive) */
  end: Date;
  /** first local calendar day, yyyy-mm-dd */
  from: string;
  /** last local calendar day, yyyy-mm-dd */
  to: string;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "iso8601",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Is `name` an IANA time zone this runtime knows (e.g. "Asia/Kamchatka")? Offsets like "+03:00" are not. */
export function isValidTimeZone(name: unknown): name is string {
  if (typeof name !== "string" || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    formatterFor(name); // kept per zone: a page checks its project's zone many times
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day (yyyy-mm-dd) of an instant in a zone. */
export function localDate(instant: Date | number, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const isoDate = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;

/**
 * The first instant of the local day `date` (yyyy-mm-dd) in `timeZone`: normally its 00:00, or the
 * moment the day begins when a clock change skips midnight. Every offset on Earth lies within ±18 h
 * of UTC, so the answer lies in [UTC midnight − 18 h, UTC midnight + 18 h]; tz data has whole
 * seconds, so bisection to the second is exact.
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  // the bisection costs ~17 Intl calls and pages ask for the same few days over and over (a dashboard's
  // quarters, every list's period): remembered per zone and day (the zone data can't change while running)
  const key = `${timeZone} ${date}`;
  let instant = localMidnights.get(key);
  if (instant === undefined) {
    if (localMidnights.size >= MAX_REMEMBERED_DAYS) localMidnights.clear();
    localMidnights.set(key, (instant = findStartOfLocalDay(date, timeZone)));
  }
  return new Date(instant);
}

const MAX_REMEMBERED_DAYS = 10_000;
const localMidnights = new Map<string, number>();

function findStartOfLocalDay(date: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  let lo = (utcMidnight - 18 * 3600_000) / 1000; // local date is before `date`
  let hi = (utcMidnight + 18 * 3600_000) / 1000; // local date is `date` or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDate(mid * 1000, timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Bounds of a year, a quarter, or (cumulative) the year up to the end of a quarter, in `timeZone`. */
export function periodBounds(query: PeriodQuery): PeriodBounds {
  const { year, timeZone } = query;
  const quarter = query.quarter ?? null;
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Недопустимый год: ${year}`);
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    throw new RangeError(`Недопустимый квартал: ${quarter}`);
  }
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Неизвестный часовой пояс: ${timeZone}`);
  // a year-to-date of the whole year is just the year
  const cumulative = quarter !== null && query.cumulative === true;
  const firstMonth = quarter === null || cumulative ? 1 : (quarter - 1) * 3 + 1;
  const lastMonth = quarter === null ? 12 : quarter * 3;
  const from = isoDate(year, firstMonth, 1);
  const to = isoDate(year, lastMonth, lastDayOfMonth(year, lastMonth));
  const next = lastMonth === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, lastMonth + 1, 1);
  return {
    year,
    quarter,
    cumulative,
    timeZone,
    start: startOfLocalDay(from, timeZone),
    end: startOfLocalDay(next, timeZone),
    from,
    to,
  };
}

export type MonthBounds = {
  year: number;
  /** 1–12 */
  month: number;
  timeZone: string;
  /** first instant of the month (inclusive) */
  start: Date;
  /** first instant after the month (exclusive) */
  end: Date;
  /** first / last local calendar day, yyyy-mm-dd */
  from: string;
  to: string;
};

/** Bounds of one calendar month as local midnights in `timeZone` (the monthly rating of regions). */
export function monthBounds(query: { year: number; month: number; timeZone: string }): MonthBounds {
  const { year, month, timeZone } = query;
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Недопустимый год: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Недопустимый месяц: ${month}`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Неизвестный часовой пояс: ${timeZone}`);
  const from = isoDate(year, month, 1);
  const to = isoDate(year, month, lastDayOfMonth(year, month));
  const next = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  return { year, month, timeZone, start: startOfLocalDay(from, timeZone), end: startOfLocalDay(next, timeZone), from, to };
}

/** The month (year, 1–12) an instant falls in, in `timeZone`. */
export function localMonth(instant: Date | number, timeZone: string): { year: number; month: number } {
  const [year, month] = localDate(instant, timeZone).split("-").map(Number);
  return { year, month };
}

/** The day after `date` (yyyy-mm-dd), as yyyy-mm-dd: calendar arithmetic, no zone involved. */
export function nextLocalDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
