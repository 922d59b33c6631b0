// The administrators' upload page: a valid bundle is imported with its counts shown; a bad one writes
// nothing and lists every problem with its JSON path, in Russian.
import fs from "node:fs";
import { expect, signIn, test, uniqueId } from "./fixtures";
import { sampleBundlePath } from "../helpers/contract-fixtures";

function sampleWithCode(code: string) {
  const bundle = JSON.parse(fs.readFileSync(sampleBundlePath, "utf8"));
  bundle.project.code = code;
  return bundle;
}

test("администратор загружает пакет; ошибочный пакет не записывается и показывает все ошибки", async ({ page, seed, db }) => {
  const admin = await seed.user({ role: "ADMIN" });
  await signIn(page, admin.email, admin.password);
  const code = `upload-${uniqueId().toLowerCase()}`;

  const bad = sampleWithCode(code);
  bad.events[0].regionCode = "YAR2";
  bad.registrations[0].attended = "да";
  await page.goto("/admin/import");
  await page.getByLabel("Файл пакета kadry-bundle/1 (.json)").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await page.getByRole("button", { name: "Загрузить" }).click();
  const problems = page.getByRole("table", { name: /Ошибки пакета/ });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("cell", { name: "events[0].regionCode" })).toBeVisible();
  await expect(problems.getByRole("cell", { name: "registrations[0].attended" })).toBeVisible();
  expect(await db.project.count({ where: { code } })).toBe(0);

  await page.getByLabel("Файл пакета kadry-bundle/1 (.json)").setInputFiles({
    name: "good.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(sampleWithCode(code))),
  });
  await page.getByRole("button", { name: "Загрузить" }).click();
  await expect(page.getByRole("status")).toContainText(`Пакет «${code}» загружен`);
  const result = page.getByRole("table", { name: "Результат импорта" });
  await expect(result.getByRole("row", { name: /Мероприятия/ })).toBeVisible();
  const events = sampleWithCode(code).events.length;
  expect(await db.event.count({ where: { project: { code } } })).toBe(events);
});

test("координатор не может открыть страницу импорта (403)", async ({ page, seed }) => {
  const project = await seed.project({ regions: 1 });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [project.regions[0].id] });
  await signIn(page, coordinator.email, coordinator.password);
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Доступ запрещён (403)" })).toBeVisible();
});
