// How a dashboard period reads in Russian: «2026 год», «2-й квартал 2026», «2026, с начала года по 2-й квартал».
export function periodLabel(period: { year: number; quarter: number | null; cumulative: boolean }): string {
  if (period.quarter === null) return `${period.year} год`;
  if (period.cumulative) return `${period.year}, с начала года по ${period.quarter}-й квартал`;
  return `${period.quarter}-й квартал ${period.year}`;
}

export const ROMAN_QUARTERS = ["I", "II", "III", "IV"];
