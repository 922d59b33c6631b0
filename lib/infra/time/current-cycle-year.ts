import { CYCLE_START_MONTH } from "./cycle-dates";

/** The reserve's cycle year `now` falls in (UTC): the cycle starts in September, so before it the current cycle is last year's. */
export function currentCycleYear(now: Date): number {
  return now.getUTCMonth() + 1 >= CYCLE_START_MONTH ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}
