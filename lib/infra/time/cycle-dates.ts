// Dates of an activity in a cycle year. The reserve's year starts in September (seed 003: data collection
// September–October, …, internships in April), so cycle 2026 runs from September 2026 to August 2027: a month
// before September belongs to the next calendar year, and an end month before the start month wraps into the
// year after the start. The task is due on the last day of its end month.
export const CYCLE_START_MONTH = 9;

export function cycleDates(startMonth: number, endMonth: number, year: number): { startsOn: Date; dueOn: Date } {
  const startYear = startMonth >= CYCLE_START_MONTH ? year : year + 1;
  const endYear = endMonth >= startMonth ? startYear : startYear + 1;
  return {
    startsOn: new Date(Date.UTC(startYear, startMonth - 1, 1)),
    // day 0 of the next month is the last day of this one
    dueOn: new Date(Date.UTC(endYear, endMonth, 0)),
  };
}
