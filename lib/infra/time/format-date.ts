// Dates as civil servants read them: дд.мм.гггг, 24-hour time, in the event region's time zone.

const STYLES = {
  date: { locale: "ru-RU", options: { day: "2-digit", month: "2-digit", year: "numeric" } },
  time: { locale: "ru-RU", options: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } },
  inputValue: {
    locale: "en-CA",
    options: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} satisfies Record<string, { locale: string; options: Intl.DateTimeFormatOptions }>;

// a formatter costs ~0.1 ms to build and a list of 25 events formatted 50 dates: kept per style and zone
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The kept formatter of a style in a zone (an unknown zone throws RangeError, as Intl does). */
export function dateFormatter(style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const { locale, options } = STYLES[style];
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(instant: Date, timeZone: string): string {
  return dateFormatter("date", timeZone).format(instant);
}

/** A calendar day stored as UTC midnight (the reserve's dates: nomination, plan items, meetings), or a dash. */
export function formatUtcDay(day: Date | null): string {
  return day ? formatDate(day, "UTC") : "—";
}

export function formatDateTime(instant: Date, timeZone: string): string {
  return `${formatDate(instant, timeZone)} ${dateFormatter("time", timeZone).format(instant)}`;
}

/** The value of an <input type="datetime-local"> showing `instant` in `timeZone`. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateFormatter("inputValue", timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant of a wall-clock time `yyyy-mm-ddThh:mm` in `timeZone` (null when it is not a valid time). */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== d) return null;
  // the zone's offset at that moment, found by formatting the guess back; two passes settle DST edges
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = toLocalInputValue(new Date(instant), timeZone);
    const [sy, smo, sd, sh, smi] = shown.match(/\d+/g)!.map(Number);
    instant += asUtc - Date.UTC(sy, smo - 1, sd, sh, smi);
  }
  return new Date(instant);
}
