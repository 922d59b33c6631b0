// Протокольные поручения и рейтинг в браузере: the federal centre schedules a meeting and writes its
// protocol with one assignment to two regions; Yaroslavl reports on time and is accepted, Vladimir reports
// after the deadline (the server's clock can't be moved, so the report's time is moved in the database —
// the one step not done in the browser) and is accepted; the month's rating lists them in that order.
// Another region's coordinator gets «not found» for Yaroslavl's item.
import { expect, expectNoSeriousAxeViolations, signIn, test, uniqueId } from "./fixtures";
import { E2E_REGIONS } from "./global-setup";

/** Today in Moscow (the e2e project's zone, UTC+3 all year) and the last day of its month, yyyy-mm-dd. */
function moscowDays() {
  const today = new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10);
  const [y, m] = today.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { today, lastDay, month: today.slice(0, 7) };
}

test("протокол выдаёт поручение двум регионам; рейтинг месяца: в срок выше, чем с опозданием", async ({
  page,
  browser,
  seed,
  db,
}) => {
  // four people in four browsers through a protocol, two reports, two decisions and the rating: ≈ 30 s alone
  test.slow();
  const [yar, vla, , kos] = await Promise.all(E2E_REGIONS.map((r) => db.region.findUniqueOrThrow({ where: { code: r.code } })));
  const ministry = await seed.user({ role: "MINISTRY" });
  const { today, lastDay } = moscowDays();
  const tag = uniqueId();
  const text = `Представить план работы кластеров ${tag}`;

  await signIn(page, ministry.email, ministry.password);
  await page.goto("/protocols");
  await page.getByLabel("Название").fill(`Еженедельное совещание ${tag}`);
  await page.getByLabel("Повестка").fill("Оперативные задачи\nСквозные процессы");
  await page.getByLabel("Ярославская область").fill("Иванова Анна");
  await page.getByLabel("Владимирская область").fill("Петров Пётр");
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Еженедельное совещание ${tag}` })).toBeVisible();
  await expect(page.getByText("Сквозные процессы")).toBeVisible();

  await page.getByLabel("Номер протокола").fill(`П-${tag}`);
  await page.getByLabel("Дата протокола").fill(today);
  await page.getByLabel("Решения совещания").fill("Принять к сведению информацию регионов");
  await page.getByLabel("Текст поручения 1").fill(text);
  const regions = page.getByRole("group", { name: "Регионы-исполнители поручения 1" });
  await regions.getByLabel("Ярославская область").check();
  await regions.getByLabel("Владимирская область").check();
  await page.getByLabel("Срок поручения 1").fill(lastDay);
  await page.getByRole("button", { name: "Записать протокол и выдать поручения" }).click();
  // the page now shows the written protocol with one row per addressed region
  await expect(page.getByText(`Протокол № П-${tag} от`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Исполнение поручения 1 по регионам" }).getByRole("row")).toHaveCount(3);

  const items = await db.assignmentItem.findMany({ where: { assignment: { text } }, include: { region: true } });
  expect(items).toHaveLength(2);
  const yarItem = items.find((i) => i.regionId === yar.id)!;
  const vlaItem = items.find((i) => i.regionId === vla.id)!;

  // each coordinator reports on their own region's item
  for (const [region, item] of [
    [yar, yarItem],
    [vla, vlaItem],
  ] as const) {
    const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
    const context = await browser.newContext({ locale: "ru-RU" });
    const p = await context.newPage();
    await signIn(p, coordinator.email, coordinator.password);
    await p.goto("/assignments");
    await p.getByRole("link", { name: new RegExp(text) }).click();
    await expect(p.getByRole("heading", { level: 1, name: `Поручение 1: ${region.name}` })).toBeVisible();
    await p.getByLabel("Что сделано").fill("План утверждён и направлен кластерам");
    await p.getByLabel("Подтверждающие материалы (ссылки)").fill(`https://example.ru/plan-${tag}`);
    await p.getByRole("button", { name: "Представить отчёт" }).click();
    await expect(p.getByText("Ждёт решения")).toBeVisible();
    expect((await db.assignmentItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("reported");
    await context.close();
  }

  // Vladimir's report came an hour after the deadline's day ended
  const late = new Date(vlaItem.dueAt.getTime() + 3600_000);
  await db.assignmentReport.updateMany({ where: { itemId: vlaItem.id }, data: { submittedAt: late } });
  await db.assignmentItem.update({ where: { id: vlaItem.id }, data: { reportedAt: late } });

  for (const item of [yarItem, vlaItem]) {
    await page.goto(`/assignments/${item.id}`);
    await page.getByRole("group", { name: "Решение" }).getByLabel("Принять").check();
    await page.getByRole("button", { name: "Записать решение" }).click();
    await expect(page.getByText(/^Принят \d\d\.\d\d\.\d{4}/)).toBeVisible();
  }

  await page.goto("/rating");
  const table = page.getByRole("table", { name: /Рейтинг регионов за/ });
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("Ярославская область");
  await expect(rows.nth(1).getByRole("cell").first()).toHaveText("1");
  await expect(rows.nth(1)).toContainText("100 %");
  await expect(rows.nth(2)).toContainText("Владимирская область");
  await expect(rows.nth(2).getByRole("cell").first()).toHaveText("2");
  await expect(rows.nth(2)).toContainText("0 %");
  await expect(page.getByRole("heading", { name: "Методика расчёта" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // another region's coordinator: the item is «not found»
  const stranger = await seed.user({ role: "COORDINATOR", regionIds: [kos.id] });
  const context = await browser.newContext({ locale: "ru-RU" });
  const p = await context.newPage();
  await signIn(p, stranger.email, stranger.password);
  const response = await p.goto(`/assignments/${yarItem.id}`);
  expect(response?.status()).toBe(404);
  await context.close();
});
