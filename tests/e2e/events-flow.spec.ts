// The events issue's main path in the browser: a coordinator creates an event; a participant registers;
// a second one is wait-listed; the first cancels and the second is promoted; the coordinator marks
// attendance; the event list filters by the URL.
import { expect, localInput, participantSession, signIn, test, uniqueId } from "./fixtures";
import { E2E_REGIONS } from "./global-setup";

test("координатор создаёт мероприятие, участники записываются, лист ожидания, отметка посещения", async ({
  page,
  browser,
  seed,
  db,
}) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  await signIn(page, coordinator.email, coordinator.password);

  const title = `Тренинг по командной работе ${uniqueId()}`;
  const start = new Date(Date.now() + 10 * 24 * 3600_000);
  await page.goto("/events/new");
  await page.getByLabel("Регион", { exact: true }).selectOption({ label: E2E_REGIONS[0].name });
  await page.getByLabel("Название", { exact: true }).fill(title);
  await page.getByLabel(/^Начало/).fill(localInput(start));
  await page.getByLabel("Окончание", { exact: true }).fill(localInput(new Date(start.getTime() + 3 * 3600_000)));
  await page.getByLabel("Вместимость (пусто — без ограничения)").fill("1");
  await page.getByRole("button", { name: "Создать мероприятие" }).click();
  // near the end of the project year the start may fall outside it: the form warns before saving
  const confirm = page.getByRole("checkbox", { name: "Сохранить несмотря на предупреждения" });
  await expect(page.getByRole("heading", { level: 1, name: title }).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole("button", { name: "Создать мероприятие" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const eventUrl = page.url();
  const eventId = eventUrl.split("/events/")[1];

  const first = await participantSession(browser, seed, db);
  await first.page.goto(eventUrl);
  await first.page.getByRole("button", { name: "Записаться" }).click();
  await expect(first.page.getByText("Вы записаны на мероприятие")).toBeVisible();

  const second = await participantSession(browser, seed, db);
  await second.page.goto(eventUrl);
  await second.page.getByRole("button", { name: "Записаться" }).click();
  await expect(second.page.getByText("Мест нет: вы в листе ожидания, место в очереди — 1")).toBeVisible();

  await first.page.getByRole("button", { name: "Отменить запись" }).click();
  await expect(first.page.getByText("Запись отменена")).toBeVisible();
  await second.page.reload();
  await expect(second.page.getByText("Вы записаны", { exact: true })).toBeVisible();

  // the event takes place: move it into the past, then the coordinator marks who came
  await db.event.update({
    where: { id: eventId },
    data: { startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 3600_000) },
  });
  await page.goto(`${eventUrl}/registrations`);
  await page.getByRole("checkbox", { name: `Присутствовал(а): ${second.user.fullName}` }).check();
  await page.getByRole("button", { name: "Сохранить отметки" }).click();
  await expect
    .poll(
      async () => (await db.registration.findFirst({ where: { eventId, participant: { userId: second.user.id } } }))?.attended,
    )
    .toBe(true);
  expect((await db.registration.findFirst({ where: { eventId, participant: { userId: first.user.id } } }))?.status).toBe(
    "cancelled",
  );

  // the sheet to print and sign lists who is registered and marked
  await page.goto(`${eventUrl}/registrations`);
  await page.getByRole("link", { name: "Лист для печати" }).click();
  const row = page.getByRole("row").filter({ hasText: second.user.fullName });
  await expect(row.getByRole("cell", { name: "Присутствовал(а)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();

  // the list keeps its filter in the URL, so the view can be shared
  await page.goto(`/events?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // header + the event

  await first.context.close();
  await second.context.close();
});
