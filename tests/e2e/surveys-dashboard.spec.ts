// Анкетирование and the quarterly dashboard in the browser: a coordinator adds a template question to a
// held event's form; an attendee sees the badge, is told what is missing, rates the event; the organizer
// reads the results and downloads them. A ministry user switches quarter / year-to-date and records the
// quarter's assessment with a corrective action.
import ExcelJS from "exceljs";
import { expect, expectNoSeriousAxeViolations, participantSession, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

test("участник оценивает посещённое мероприятие, организатор видит результаты", async ({ page, browser, seed, db }) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const question = await db.surveyQuestion.create({
    data: {
      projectId: project.id,
      kind: "single",
      text: `Порекомендуете коллегам? ${uniqueId()}`,
      options: ["Да", "Нет"],
      required: true,
    },
  });
  const title = `Семинар для анкеты ${uniqueId()}`;
  const event = await db.event.create({
    data: {
      projectId: project.id,
      regionId: region.id,
      directionId: (await db.direction.findFirstOrThrow({ where: { projectId: project.id } })).id,
      code: `EV-${uniqueId()}`,
      title,
      format: "seminar",
      startsAt: new Date(Date.now() - 26 * 3600_000),
      endsAt: new Date(Date.now() - 24 * 3600_000),
      status: "held",
      publishedAt: new Date(Date.now() - 7 * 24 * 3600_000),
    },
  });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  await signIn(page, coordinator.email, coordinator.password);
  await page.goto(`/events/${event.id}/survey`);
  await page.getByRole("checkbox", { name: new RegExp(question.text.replace("?", "\\?")) }).check();
  await page.getByRole("button", { name: "Сохранить анкету" }).click();
  await expect(page.getByText("Анкета сохранена: дополнительных вопросов — 1")).toBeVisible();

  const attendee = await participantSession(browser, seed, db);
  const participant = await db.participant.findFirstOrThrow({ where: { userId: attendee.user.id } });
  await db.registration.create({
    data: { eventId: event.id, participantId: participant.id, status: "registered", attended: true },
  });

  const p = attendee.page;
  await p.goto("/");
  await expect(p.getByRole("navigation").getByRole("link", { name: /Мои мероприятия\s*1/ })).toBeVisible();
  await p.goto("/my/events");
  await p.getByRole("row").filter({ hasText: title }).getByRole("link", { name: "Оценить мероприятие" }).click();
  await expect(p.getByRole("heading", { level: 1, name: `Анкета: ${title}` })).toBeVisible();
  await expectNoSeriousAxeViolations(p);
  await p.getByRole("button", { name: "Отправить ответы" }).click();
  await expect(p.getByText("Оцените мероприятие от 1 до 5")).toBeVisible();
  await expect(p.getByText("Ответьте на этот вопрос")).toBeVisible();
  await p
    .getByRole("group", { name: /Насколько вы удовлетворены/ })
    .getByLabel("4")
    .check();
  await p
    .getByRole("group", { name: /Порекомендуете коллегам/ })
    .getByLabel("Да")
    .check();
  await p.getByLabel("Комментарий (необязательно)").fill("Хорошие кейсы");
  await p.getByRole("button", { name: "Отправить ответы" }).click();
  await expect(p.getByText("Спасибо! Ваши ответы сохранены")).toBeVisible();
  await p.goto("/");
  await expect(p.getByRole("navigation").getByRole("link", { name: "Мои мероприятия", exact: true })).toBeVisible();

  await page.goto(`/events/${event.id}/survey`);
  await expect(page.getByText("Хорошие кейсы")).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Распределение оценок удовлетворённости" }).getByRole("row", { name: /^4 1$/ }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать результаты (XLSX)" }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  expect(book.worksheets.map((w) => w.name)).toEqual(["Сводка", "Оценки", "Вопросы", "Ответы и комментарии"]);
  expect(book.getWorksheet("Оценки")!.getRow(5).values).toEqual([undefined, 4, 1]);
  await attendee.context.close();
});

test("министерство переключает квартал и «с начала года», записывает оценку квартала", async ({ page, seed }) => {
  const ministry = await seed.user({ role: "MINISTRY" });
  await signIn(page, ministry.email, ministry.password);
  await page.goto("/dashboard?year=2026");
  const period = page.getByRole("form", { name: "Период" });
  await period.getByLabel("Квартал").selectOption("2");
  await period.getByLabel("Расчёт").selectOption("quarter");
  await period.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByText(/период 01\.04\.2026 — 30\.06\.2026/)).toBeVisible();
  await period.getByLabel("Расчёт").selectOption("ytd");
  await period.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/quarter=2&mode=ytd/);
  await expect(page.getByText(/период 01\.01\.2026 — 30\.06\.2026/)).toBeVisible();

  const summary = `Охват направлений ниже плана, требуется корректировка ${uniqueId()}`;
  // the form is loaded when asked for (assessment-form-opener.tsx)
  await expect(page.getByRole("form", { name: "Новая оценка квартала" })).toHaveCount(0);
  await page.getByRole("button", { name: "Записать оценку квартала" }).click();
  const form = page.getByRole("form", { name: "Новая оценка квартала" });
  await form.getByLabel("Квартал").selectOption("2");
  await form.getByLabel("Итог").selectOption({ label: "Достигнуты частично" });
  await form.getByLabel("Оценка результатов").fill(summary);
  await form.getByLabel("Мера 1").fill("Провести семинар по бюджету и финансам");
  await form.getByRole("button", { name: "Записать оценку" }).click();
  await expect(form.getByText("Укажите ответственного")).toBeVisible();
  await form.getByLabel("Ответственный").first().fill("Министерство финансов");
  await form.getByLabel("Срок").first().fill("2026-12-15");
  await form.getByRole("button", { name: "Записать оценку" }).click();
  await expect(page.getByText("Оценка 2-го квартала записана")).toBeVisible();
  const history = page.getByRole("listitem").filter({ hasText: summary });
  await expect(history.getByText("2-й квартал 2026: Достигнуты частично")).toBeVisible();
  await expect(history.getByRole("cell", { name: "Министерство финансов" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
