export const MONTHS_NOMINATIVE = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/** «февраль 2026» */
export const monthLabel = (year: number, month: number) => `${MONTHS_NOMINATIVE[month - 1]} ${year}`;

/** yyyy-mm-dd → дд.мм.гггг */
export const ruDate = (isoDay: string) => isoDay.split("-").reverse().join(".");

/** 50 → «50 %», 33.3 → «33,3 %», null → «—» */
export const percent = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("ru-RU")} %`);
export const days = (value: number | null) => (value === null ? "—" : value.toLocaleString("ru-RU"));
