// The period wording lives in lib/ (the downloadable reports use it too); the components keep this path.
export { dayMonthYear, periodLabel, ROMAN_QUARTERS } from "@/lib/kpi/period-label";
