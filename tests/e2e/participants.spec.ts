// Реестр участников in the browser: a coordinator imports a CSV (one bad row shown with its row, column
// and message, then only the valid rows written), finds the new participant, edits the card; a card of
// another region is «not found». A participant downloads own data and asks for deletion.
import { expect, expectNoSeriousAxeViolations, participantSession, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

test("координатор импортирует участников и правит карточку своего региона", async ({ page, seed, db }) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const [own, other] = await Promise.all(
    E2E_REGIONS.slice(0, 2).map((r) => db.region.findUniqueOrThrow({ where: { code: r.code } })),
  );
  const category = await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id, archivedAt: null } });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [own.id] });
  const tag = uniqueId();
  const foreign = await db.participant.create({
    data: { projectId: project.id, code: `F-${tag}`, fullName: `Чужой ${tag}`, categoryId: category.id, regionId: other.id },
  });

  await signIn(page, coordinator.email, coordinator.password);
  await page.goto("/participants/import");
  const csv = `\uFEFFКод;ФИО;E-mail;Категория;Регион\r\nI-${tag};"Импортова; Анна ${tag}";anna-${tag.toLowerCase()}@example.ru;${category.name};${own.code}\r\n;Без Региона;;${category.name};${other.code}\r\n`;
  await page
    .getByLabel("Файл участников")
    .setInputFiles({ name: "участники.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByText(/Ничего не записано/)).toBeVisible();
  await expect(page.getByRole("cell", { name: `Регион «${other.name}» не входит в ваши регионы`, exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("записать только верные строки").check();
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByText(/Записано: создано 1, изменено 0/)).toBeVisible();

  await page.goto(`/participants?q=${encodeURIComponent(`Анна ${tag}`)}`);
  await page.getByRole("link", { name: `Импортова; Анна ${tag}` }).click();
  await page.getByLabel("Телефон").fill("abc");
  await page.getByRole("button", { name: "Сохранить карточку" }).click();
  await expect(page.getByText(/Телефон: только цифры/)).toBeVisible();
  await page.getByLabel("Телефон").fill("+7 (4852) 00-00-00");
  await page.getByRole("button", { name: "Сохранить карточку" }).click();
  await expect(page.getByText("Карточка участника сохранена")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const response = await page.goto(`/participants/${foreign.id}`);
  expect(response?.status()).toBe(404);
});

test("участник выгружает свои данные и просит их удалить", async ({ browser, seed, db }) => {
  const { page } = await participantSession(browser, seed, db);
  await page.goto("/my/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать JSON" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await page.getByRole("button", { name: "Запросить удаление данных" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Запрос на удаление отправлен/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
