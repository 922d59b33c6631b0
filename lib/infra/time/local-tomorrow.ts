import { localDate, nextLocalDate } from "./period-bounds";

/** yyyy-mm-dd of the day after `instant`'s local date in `timeZone`. */
export function localTomorrow(instant: Date, timeZone: string): string {
  return nextLocalDate(localDate(instant, timeZone));
}
