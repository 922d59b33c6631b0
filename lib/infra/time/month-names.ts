// Month names as a Russian date reads them: «февраль 2026».
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
