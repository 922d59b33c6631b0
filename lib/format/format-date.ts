// Dates as civil servants read them: дд.мм.гггг, 24-hour time, in the event region's time zone.
export function formatDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("ru-RU", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(instant);
}

/** A calendar day stored as UTC midnight (the reserve's dates: nomination, plan items, meetings), or a dash. */
export function formatUtcDay(day: Date | null): string {
  return day ? formatDate(day, "UTC") : "—";
}

export function formatDateTime(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat("ru-RU", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    instant,
  );
  return `${formatDate(instant, timeZone)} ${time}`;
}

/** The value of an <input type="datetime-local"> showing `instant` in `timeZone`. */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
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
