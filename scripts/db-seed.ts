// npm run db:seed [-- --if-empty] — loads the Golden Ring demo project and one user per role into
// DATABASE_URL or the embedded database. Idempotent; `--if-empty` seeds only a database without projects.
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import type { ImportCount } from "../lib/bundle/import-bundle";
import { isBundleValidationError } from "../lib/bundle/bundle-problem";
import { DEMO_PROJECT } from "../lib/seed/data/reference";
import { seedDemo } from "../lib/seed/seed-demo";

const LISTS: [key: string, label: string][] = [
  ["regions", "регионы"],
  ["categories", "категории участников"],
  ["directions", "направления"],
  ["experts", "эксперты"],
  ["participants", "участники"],
  ["events", "мероприятия"],
  ["registrations", "регистрации"],
  ["feedback", "отзывы"],
  ["informationResources", "информационные ресурсы"],
  ["publications", "публикации"],
];

const describe = (c: ImportCount) =>
  c.created === c.received
    ? `${c.received}`
    : `${c.received} (новых ${c.created}, изменено ${c.updated}, без изменений ${c.unchanged})`;

runCli(async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--if-empty");
  if (unknown.length) throw new Error(`неизвестный аргумент ${unknown[0]}; использование: npm run db:seed [-- --if-empty]`);
  try {
    const result = await seedDemo(db, { ifEmpty: args.includes("--if-empty") }).catch((error: unknown) => {
      // the demo bundle is ours: a problem in it is a bug, shown in full
      if (isBundleValidationError(error)) for (const p of error.problems) console.error(`  ${p.path}: ${p.message}`);
      if ((error as { code?: string }).code === "P2021")
        throw new Error("в базе данных нет таблиц портала: сначала выполните npm run db:migrate");
      throw error;
    });
    if (result.skipped) {
      console.log("В базе уже есть проекты — демо-данные не загружались (--if-empty).");
      return;
    }
    const { counts, durationMs } = result.import;
    console.log(
      `Демо-проект «${DEMO_PROJECT.name}» (${DEMO_PROJECT.code}) ${result.created ? "загружен" : "обновлён"} за ${(durationMs / 1000).toFixed(1)} с:`,
    );
    for (const [key, label] of LISTS) console.log(`  ${label}: ${describe(counts[key as keyof typeof counts])}`);
    const details = Object.values(result.details).reduce((a, b) => a + b, 0);
    console.log(
      `  подробности (описания, места, организации, ссылки): ${details ? `обновлено записей: ${details}` : "без изменений"}`,
    );
    console.log("Демо-пользователи:");
    for (const user of result.users)
      console.log(`  ${user.email} (${user.role}) — ${user.created ? "создан" : "уже есть, пароль не менялся"}`);
    console.log("Пароли: node scripts/print-demo-accounts.mjs");
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});
