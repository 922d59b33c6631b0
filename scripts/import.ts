// npm run import -- <file.json> — validates the whole kadry-bundle/1 and writes it in one transaction;
// prints the created/updated counts, or every problem with its JSON path and exits 1 (nothing written).
import { importBundle } from "../lib/bundle/import-bundle";
import { isBundleValidationError } from "../lib/bundle/bundle-problem";
import { readBundleFile } from "../lib/bundle/read-bundle-json";
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";

const LABELS: Record<string, string> = {
  project: "проект",
  regions: "регионы",
  categories: "категории участников",
  directions: "направления",
  experts: "эксперты",
  participants: "участники",
  events: "мероприятия",
  eventExperts: "эксперты мероприятий",
  registrations: "регистрации",
  feedback: "отзывы",
  informationResources: "информационные ресурсы",
  publications: "публикации",
};

runCli(async () => {
  try {
    const file = process.argv[2];
    if (!file || file.startsWith("-")) throw new Error("укажите файл пакета: npm run import -- <file.json>");
    const result = await importBundle(db, await readBundleFile(file));
    console.log(`Проект ${result.projectCode}: пакет загружен за ${(result.durationMs / 1000).toFixed(1)} с`);
    for (const [entity, c] of Object.entries(result.counts)) {
      if (c.received === 0 && !c.removed) continue;
      const removed = c.removed ? `, удалено ${c.removed}` : "";
      console.log(
        `  ${(LABELS[entity] ?? entity).padEnd(24)} в пакете ${c.received}: создано ${c.created}, изменено ${c.updated}, без изменений ${c.unchanged}${removed}`,
      );
    }
  } catch (error) {
    if (isBundleValidationError(error)) {
      for (const p of error.problems) console.error(`${p.path || "(пакет)"}: ${p.message}`);
    }
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});
