// The Golden Ring project of seed 000 and its reference lists: regions, participant categories (the ten
// defaults of docs/spec/domain.md, codes as in scripts/gen-bundle.mjs) and directions of activity.
export const DEMO_PROJECT = {
  code: "golden-ring-2026",
  name: "Золотое кольцо: экспресс профессионалов",
  year: 2026,
  timezone: "Europe/Moscow",
  // seed 000, «Показатели результатов проекта»
  targets: {
    eventsHeld: 20,
    categoriesCovered: 8,
    directionsCovered: 10,
    expertsPerRegion: 5,
    infoResourcesPerRegion: 2,
    satisfactionAvg: 4.5,
  },
} as const;

/**
 * "Today" of the demo: events before it are held, after it planned. A constant, not the clock, so the
 * seed writes the same data whenever it runs.
 */
export const DEMO_TODAY = new Date("2026-11-25T12:00:00+03:00");

export type RegionCode = "YAR" | "VLA" | "IVA" | "KOS";

export const DEMO_REGIONS: { code: RegionCode; name: string; timezone: string }[] = [
  { code: "YAR", name: "Ярославская область", timezone: "Europe/Moscow" },
  { code: "VLA", name: "Владимирская область", timezone: "Europe/Moscow" },
  { code: "IVA", name: "Ивановская область", timezone: "Europe/Moscow" },
  { code: "KOS", name: "Костромская область", timezone: "Europe/Moscow" },
];

export type CategoryCode =
  | "civil-servant"
  | "municipal-servant"
  | "management-reserve"
  | "youth-reserve"
  | "other-reserve"
  | "presidential-program"
  | "municipal-team"
  | "students"
  | "volunteers"
  | "experts";

/** `weight`: the share of the demo participants in the category (relative). */
export const DEMO_CATEGORIES: { code: CategoryCode; name: string; weight: number }[] = [
  { code: "civil-servant", name: "Государственные гражданские служащие", weight: 30 },
  { code: "municipal-servant", name: "Муниципальные служащие", weight: 20 },
  { code: "management-reserve", name: "Резерв управленческих кадров", weight: 10 },
  { code: "youth-reserve", name: "Молодёжный кадровый резерв", weight: 9 },
  { code: "other-reserve", name: "Иные кадровые резервы", weight: 5 },
  { code: "presidential-program", name: "Выпускники и участники Президентской программы", weight: 6 },
  { code: "municipal-team", name: "Участники проекта «Муниципальная команда»", weight: 6 },
  { code: "students", name: "Студенческое сообщество", weight: 9 },
  { code: "volunteers", name: "Волонтёры", weight: 6 },
  { code: "experts", name: "Независимые эксперты", weight: 3 },
];

export type DirectionCode =
  | "hr-policy"
  | "digital"
  | "project-mgmt"
  | "education"
  | "health"
  | "housing"
  | "economy"
  | "social"
  | "culture"
  | "youth"
  | "finance"
  | "communications"
  | "municipal"
  | "agro"
  | "ecology";

export const DEMO_DIRECTIONS: { code: DirectionCode; name: string }[] = [
  { code: "hr-policy", name: "Кадровая политика" },
  { code: "digital", name: "Цифровая трансформация" },
  { code: "project-mgmt", name: "Проектное управление" },
  { code: "education", name: "Образование" },
  { code: "health", name: "Здравоохранение" },
  { code: "housing", name: "ЖКХ и городская среда" },
  { code: "economy", name: "Экономическое развитие и инвестиции" },
  { code: "social", name: "Социальная защита" },
  { code: "culture", name: "Культура и туризм" },
  { code: "youth", name: "Молодёжная политика" },
  { code: "finance", name: "Бюджет и финансы" },
  { code: "communications", name: "Открытость и коммуникации" },
  { code: "municipal", name: "Местное самоуправление" },
  { code: "agro", name: "Агропромышленный комплекс" },
  { code: "ecology", name: "Экология и природопользование" },
];
