// Drafts and registration by approval in the browser: a coordinator saves a draft that participants
// can't open, publishes it, declines one application (the reason is required and reaches the person) and
// approves another; the experts' roles are chosen in the form. Then the calendar views and the admin's
// outbox pass axe.
import { expect, expectNoSeriousAxeViolations, localInput, participantSession, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

test("черновик, публикация, заявки с подтверждением: отказ с причиной и подтверждение", async ({ page, browser, seed, db }) => {
  // four people sign in (argon2id each) and the organizer works through a dozen pages: ≈ 25 s on PostgreSQL on
  // two cores even alone, too close to the 30 s default (one CI run ended at 31 s)
  test.slow();
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const expert = await db.expert.create({
    data: { projectId: project.id, code: `E-${uniqueId()}`, fullName: `Эксперт Модераторов ${uniqueId()}`, regionId: region.id },
  });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  await signIn(page, coordinator.email, coordinator.password);

  const title = `Деловая встреча с подтверждением ${uniqueId()}`;
  const start = new Date(Date.now() + 12 * 24 * 3600_000);
  await page.goto("/events/new");
  await page.getByLabel("Регион", { exact: true }).selectOption({ label: E2E_REGIONS[0].name });
  await page.getByLabel("Название", { exact: true }).fill(title);
  await page.getByLabel(/^Начало/).fill(localInput(start));
  await page.getByLabel("Окончание", { exact: true }).fill(localInput(new Date(start.getTime() + 2 * 3600_000)));
  await page.getByLabel("Вместимость (пусто — без ограничения)").fill("1");
  await page.getByLabel("Запись требует подтверждения организатором").check();
  await page.getByLabel("Эксперты", { exact: true }).selectOption([expert.id]);
  await page.getByRole("combobox", { name: new RegExp(expert.fullName) }).selectOption({ label: "модератор" });
  await page.getByLabel(/^Опубликовать сразу/).uncheck();
  await page.getByRole("button", { name: "Создать мероприятие" }).click();
  const confirm = page.getByRole("checkbox", { name: "Сохранить несмотря на предупреждения" });
  await expect(page.getByRole("heading", { level: 1, name: title }).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole("button", { name: "Создать мероприятие" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("(черновик, не опубликовано)")).toBeVisible();
  await expect(page.getByText(`${expert.fullName} (независимый) — модератор`)).toBeVisible();
  const eventUrl = page.url();

  const first = await participantSession(browser, seed, db);
  const answer = await first.page.goto(eventUrl);
  expect(answer?.status()).toBe(404);

  await page.getByRole("button", { name: "Опубликовать" }).click();
  // the draft banner and its button go away with the page's refresh
  await expect(page.getByText("(черновик, не опубликовано)")).toBeHidden();
  await expect(page.getByRole("button", { name: "Опубликовать" })).toBeHidden();

  await first.page.goto(eventUrl);
  await first.page.getByRole("button", { name: "Подать заявку" }).click();
  await expect(first.page.getByText("Заявка подана")).toBeVisible();
  const second = await participantSession(browser, seed, db);
  await second.page.goto(eventUrl);
  await second.page.getByRole("button", { name: "Подать заявку" }).click();
  await expect(second.page.getByText("Заявка подана")).toBeVisible();

  await page.goto(`${eventUrl}/registrations`);
  await expect(page.getByText("Заявок на рассмотрении: 2.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // declining without a reason is refused next to the field
  const firstRow = page.getByRole("row").filter({ hasText: first.user.fullName });
  await firstRow.getByText("Отклонить…").click();
  await firstRow.getByRole("button", { name: `Отклонить заявку: ${first.user.fullName}` }).click();
  await expect(firstRow.getByText("Причина отказа — не короче 5 символов")).toBeVisible();
  await firstRow.getByLabel("Причина отказа (её получит участник)").fill("Группа уже укомплектована");
  await firstRow.getByRole("button", { name: `Отклонить заявку: ${first.user.fullName}` }).click();
  await expect(page.getByText("Заявка отклонена, участнику отправлено письмо с причиной")).toBeVisible();
  await page.getByRole("button", { name: `Подтвердить заявку: ${second.user.fullName}` }).click();
  await expect(page.getByText("Заявка подтверждена: участник записан")).toBeVisible();

  await first.page.reload();
  await expect(first.page.getByText("Заявка отклонена организатором: Группа уже укомплектована")).toBeVisible();
  await second.page.reload();
  await expect(second.page.getByText("Вы записаны", { exact: true })).toBeVisible();
  const declinedMail = await db.outboxMessage.findFirst({ where: { userId: first.user.id, kind: "application_declined" } });
  expect(declinedMail?.body).toContain("Причина: Группа уже укомплектована");

  // the one seat is taken: an approved third applicant waits; a second seat lets the organizer move them up
  const third = await participantSession(browser, seed, db);
  await third.page.goto(eventUrl);
  await third.page.getByRole("button", { name: "Подать заявку" }).click();
  await expect(third.page.getByText("Заявка подана")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: `Подтвердить заявку: ${third.user.fullName}` }).click();
  await expect(page.getByText("Заявка подтверждена, но мест нет: участник в листе ожидания, место 1")).toBeVisible();
  await db.event.update({ where: { id: eventUrl.split("/events/")[1] }, data: { capacity: 2 } });
  await page.reload();
  await page.getByRole("button", { name: `Перевести из листа ожидания: ${third.user.fullName}` }).click();
  await expect(page.getByText("Участник переведён из листа ожидания в записанные")).toBeVisible();
  await third.page.reload();
  await expect(third.page.getByText("Вы записаны", { exact: true })).toBeVisible();
  await third.context.close();

  await first.context.close();
  await second.context.close();
});

test("календарь месяца и недели и исходящие письма: на месте и без нарушений доступности", async ({ page, seed, db }) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const title = `Семинар в календаре ${uniqueId()}`;
  const admin = await seed.user({ role: "ADMIN" });
  await signIn(page, admin.email, admin.password);

  const current = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const shown = await db.event.create({
    data: {
      projectId: current.id,
      regionId: (await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[1].code } })).id,
      directionId: (await db.direction.findFirstOrThrow({ where: { projectId: current.id } })).id,
      code: `EV-${uniqueId()}`,
      title,
      format: "seminar",
      startsAt: new Date("2030-03-12T07:00:00Z"),
      endsAt: new Date("2030-03-12T09:00:00Z"),
      publishedAt: new Date(),
    },
  });
  await page.goto("/events?view=month&date=2030-03-12");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto("/events?view=week&date=2030-03-12");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await db.outboxMessage.create({
    data: {
      to: admin.email,
      subject: `Проверка исходящих ${shown.code}`,
      body: "Текст письма",
      kind: "reminder",
      eventId: shown.id,
    },
  });
  await page.goto("/admin/outbox");
  await expect(page.getByText(`Проверка исходящих ${shown.code}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
