// Issue 6 in the browser: a coordinator adds an expert (with consent) and links them to an event, adds a
// publication, and the per-region view of information resources changes accordingly; the expert writes a
// conclusion on the event, which the coordinator then reads on the event page.
import { expect, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

test("координатор вносит эксперта и публикацию, эксперт пишет заключение", async ({ page, browser, seed, db }) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const direction = await db.direction.findFirstOrThrow({ where: { projectId: project.id } });
  const title = `Дискуссия с экспертами ${uniqueId()}`;
  const event = await db.event.create({
    data: {
      projectId: project.id,
      regionId: region.id,
      directionId: direction.id,
      code: `EV-${uniqueId()}`,
      title,
      format: "expert_discussion",
      startsAt: new Date(Date.now() - 26 * 3600_000),
      endsAt: new Date(Date.now() - 24 * 3600_000),
      status: "held",
      publishedAt: new Date(Date.now() - 7 * 24 * 3600_000),
    },
  });
  const resource = await db.informationResource.create({
    data: { projectId: project.id, code: `RES-${uniqueId()}`, name: `Региональное СМИ ${uniqueId()}`, kind: "media" },
  });
  const expertUser = await seed.user({ role: "EXPERT" });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  await signIn(page, coordinator.email, coordinator.password);

  // the expert: consent is required, then the card opens
  const fullName = `Экспертова Анна ${uniqueId()}`;
  await page.goto("/experts/new");
  await page.getByLabel("ФИО", { exact: true }).fill(fullName);
  await page.getByLabel("Регион эксперта").selectOption({ label: region.name });
  await page.getByLabel("Учётная запись эксперта на портале (почта)").fill(expertUser.email);
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.locator("#consent-error")).toContainText("согласия");
  await page.getByRole("checkbox", { name: /согласие на обработку/ }).check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();

  // linked to the event with a role
  await page.goto(`/events/${event.id}/edit`);
  await page.getByLabel("Эксперты").selectOption({ label: `${fullName} (независимый)` });
  await page.getByLabel(`${fullName} (независимый)`, { exact: true }).selectOption({ label: "модератор" });
  await page.getByRole("button", { name: "Сохранить" }).click();
  // leave only after the save is answered: navigating away would cancel the server action
  await expect(page.getByText("Изменения сохранены")).toBeVisible();
  await page.goto(`/events/${event.id}`);
  await expect(page.getByText(`${fullName} (независимый) — модератор`)).toBeVisible();

  // the per-region view before and after a publication of this quarter
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const view = `/publications/regions?year=${now.getUTCFullYear()}&quarter=${quarter}`;
  const cell = () => page.locator(`tr[data-region="${region.code}"] td`).nth(1);
  await page.goto(view);
  const before = Number(await cell().innerText());
  await page.goto("/publications");
  const publication = page.getByRole("form", { name: "Публикация" });
  await publication.getByLabel("Информационный ресурс").selectOption({ label: resource.name });
  await publication.getByLabel("Регион", { exact: true }).selectOption({ label: region.name });
  await publication.getByLabel("Ссылка на публикацию").fill(`https://smi.example.ru/news/${uniqueId()}`);
  await publication.getByRole("button", { name: "Сохранить публикацию" }).click();
  await expect(page.getByRole("status")).toContainText("Публикация добавлена");
  await page.goto(view);
  await expect(cell()).toHaveText(String(before + 1));

  // the expert writes a conclusion
  const expertContext = await browser.newContext();
  const expertPage = await expertContext.newPage();
  await signIn(expertPage, expertUser.email, expertUser.password);
  await expertPage.goto("/expert/profile");
  await expertPage.getByRole("link", { name: "написать" }).first().click();
  await expertPage.getByLabel("Что получилось").fill("Живая дискуссия, участники задавали вопросы");
  await expertPage.getByLabel("Рекомендации").fill("Добавить практические кейсы региона");
  await expertPage.getByRole("radio", { name: "5" }).check();
  await expertPage.getByRole("button", { name: "Отправить заключение" }).click();
  await expect(expertPage.getByRole("status")).toContainText("Заключение сохранено");
  await expertContext.close();

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole("heading", { name: "Экспертные заключения (1)" })).toBeVisible();
  await expect(page.getByText("Живая дискуссия, участники задавали вопросы")).toBeVisible();
});
