import { periodBounds } from "../infra/time/period-bounds";

/** The quarters of `year` that have ended in `timeZone` by `now`: only those can be assessed. */
export function closedQuarters(year: number, timeZone: string, now = new Date()): number[] {
  return [1, 2, 3, 4].filter((quarter) => periodBounds({ year, quarter, timeZone }).end <= now);
}
