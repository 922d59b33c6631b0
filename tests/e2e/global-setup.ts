// Once per run: the shared reference project the portal shows as its current project
// (scripts/e2e.ts starts the app with DEFAULT_PROJECT_CODE=e2e-project). The register page lists
// its categories and regions. Idempotent, so it may run again on the same database.
import type { FullConfig } from "@playwright/test";
import { createPrismaClient } from "../../lib/infra/db/client";

export const E2E_PROJECT_CODE = process.env.E2E_PROJECT_CODE ?? "e2e-project";

export const E2E_REGIONS = [
  { code: "E2E-YAR", name: "Ярославская область" },
  { code: "E2E-VLA", name: "Владимирская область" },
  { code: "E2E-IVA", name: "Ивановская область" },
  { code: "E2E-KOS", name: "Костромская область" },
];

export const E2E_CATEGORIES = [
  ["civil-servants", "Государственные гражданские служащие"],
  ["municipal-servants", "Муниципальные служащие"],
  ["reserve", "Кадровый резерв"],
  ["youth-reserve", "Молодёжный кадровый резерв"],
  ["presidential-program", "Участники Президентской программы"],
  ["municipal-team", "Участники проекта «Муниципальная команда»"],
  ["students", "Студенческое сообщество"],
  ["volunteers", "Волонтёры"],
  ["experts", "Независимые эксперты"],
  ["managers", "Руководители органов власти"],
] as const;

export const E2E_DIRECTIONS = [
  "Цифровая трансформация",
  "Проектное управление",
  "Бережливое управление",
  "Работа с обращениями граждан",
  "Наставничество",
  "Управление персоналом",
  "Бюджет и финансы",
  "Молодёжная политика",
  "Туризм",
  "Культура",
  "Открытость власти",
  "Антикоррупционная политика",
];

export default async function globalSetup(_config: FullConfig) {
  const url = process.env.DATABASE_URL;
  if (!process.env.E2E_BASE_URL || !url) {
    throw new Error(
      "Запускайте браузерные тесты через `npm run test:e2e`: он готовит базу данных и запускает приложение (E2E_BASE_URL, DATABASE_URL)",
    );
  }
  const db = createPrismaClient(url, 1);
  try {
    const project = await db.project.upsert({
      where: { code: E2E_PROJECT_CODE },
      update: {},
      create: {
        code: E2E_PROJECT_CODE,
        name: "Золотое кольцо: экспресс профессионалов (e2e)",
        year: 2026,
        timezone: "Europe/Moscow",
      },
    });
    for (const r of E2E_REGIONS) {
      const region = await db.region.upsert({ where: { code: r.code }, update: {}, create: { ...r, timezone: "Europe/Moscow" } });
      await db.projectRegion.upsert({
        where: { projectId_regionId: { projectId: project.id, regionId: region.id } },
        update: {},
        create: { projectId: project.id, regionId: region.id },
      });
    }
    for (const [code, name] of E2E_CATEGORIES) {
      await db.participantCategory.upsert({
        where: { projectId_code: { projectId: project.id, code } },
        update: {},
        create: { projectId: project.id, code, name },
      });
    }
    for (const [index, name] of E2E_DIRECTIONS.entries()) {
      const code = `dir-${String(index + 1).padStart(2, "0")}`;
      await db.direction.upsert({
        where: { projectId_code: { projectId: project.id, code } },
        update: {},
        create: { projectId: project.id, code, name },
      });
    }
  } finally {
    await db.$disconnect();
  }
}
