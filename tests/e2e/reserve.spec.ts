// Issue 7 in the browser: an organizer nominates a candidate, checks the documents, runs a one-stage
// competition scored by an assigned juror, includes the winner with a decision, opens a plan with an item;
// the member reports the item done (100 %); the organizer records the appointment.
import { expect, signIn, test, uniqueId } from "./fixtures";

test("кандидат: выдвижение → конкурс → включение → ИОМ → назначение", async ({ page, browser, seed, db }) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const ctx = await seed.project({ regions: 1 });
  const region = ctx.regions[0];
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  const memberUser = await seed.user({ role: "PARTICIPANT" });
  const participant = await db.participant.create({
    data: {
      projectId: ctx.project.id,
      code: `P-${uniqueId()}`,
      fullName: memberUser.fullName,
      categoryId: ctx.category.id,
      regionId: region.id,
      userId: memberUser.id,
    },
  });
  const jurorUser = await seed.user({ role: "EXPERT" });
  const expert = await db.expert.create({
    data: { projectId: ctx.project.id, code: `E-${uniqueId()}`, fullName: jurorUser.fullName, userId: jurorUser.id },
  });
  const reserve = await db.personnelReserve.create({
    data: {
      projectId: ctx.project.id,
      regionId: region.id,
      code: `R-${uniqueId()}`,
      targetPosition: "Руководитель общеобразовательной организации",
      capacity: 35,
    },
  });

  await signIn(page, coordinator.email, coordinator.password);
  await page.goto(`/reserve/${reserve.id}`);
  await page.getByLabel("Код участника").fill(participant.code);
  await page.getByLabel("Кто выдвинул").selectOption({ label: "Работодатель" });
  await page.getByRole("button", { name: "Выдвинуть" }).click();
  await expect(page.getByRole("heading", { level: 1, name: participant.fullName })).toBeVisible();
  const candidateUrl = page.url();

  await page.getByLabel("Новый статус").selectOption({ label: "Документы проверены" });
  await page.getByRole("button", { name: "Изменить статус" }).click();
  await expect(page.getByText("Статус кандидата изменён")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Выдвинут → Документы проверены" })).toBeVisible();

  // the competition: one stage, one criterion, the candidate entered, the juror assigned
  await page.goto(`/reserve/${reserve.id}`);
  await page.getByRole("button", { name: "Создать конкурс" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Управленцы будущего/ })).toBeVisible();
  await page.getByLabel("Этап", { exact: true }).fill("Финал");
  await page.getByLabel("Проходной балл (0–100)").fill("60");
  await page.getByRole("button", { name: "Добавить этап" }).click();
  await expect(page.getByRole("heading", { name: /Этап 1\. Финал/ })).toBeVisible();
  await page.getByLabel("Критерий", { exact: true }).fill("Управленческий кейс");
  await page.getByLabel("Вес", { exact: true }).fill("2");
  await page.getByLabel("Максимальный балл").fill("10");
  await page.getByRole("button", { name: "Добавить критерий" }).click();
  await expect(page.getByText(/Управленческий кейс \(вес 2, до 10\)/)).toBeVisible();
  await page.getByRole("button", { name: "Включить в конкурс" }).click();
  // the form leaves once nobody else can be entered; the entry shows in the table
  const entries = page.getByRole("region", { name: "Участники и жюри" });
  await expect(entries.getByRole("cell", { name: participant.fullName, exact: true })).toBeVisible();
  await page.getByLabel("Код эксперта").fill(expert.code);
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByText("Член жюри назначен")).toBeVisible();
  const competitionUrl = page.url();

  // the juror scores the assigned candidate
  const jurorContext = await browser.newContext();
  const jurorPage = await jurorContext.newPage();
  await signIn(jurorPage, jurorUser.email, jurorUser.password);
  await jurorPage.goto("/reserve/jury");
  await jurorPage.getByLabel("Управленческий кейс (0–10)").fill("8");
  await jurorPage.getByRole("button", { name: "Сохранить оценки" }).click();
  await expect(jurorPage.getByText("Оценки сохранены")).toBeVisible();
  await jurorContext.close();

  // closing the only stage fixes the ranking and proposes the candidate
  await page.goto(competitionUrl);
  await page.getByRole("button", { name: "Подвести итоги этапа «Финал»" }).click();
  await expect(page.getByRole("heading", { name: /рекомендованы к включению/ })).toBeVisible();
  await expect(page.getByText(/80 баллов, 1 место \(Оценён\)/)).toBeVisible();

  // inclusion with the decision, then a plan with one item
  await page.goto(candidateUrl);
  await page.getByLabel("Новый статус").selectOption({ label: "Включён в резерв" });
  await page.getByLabel("Номер решения о включении").fill("15-р");
  await page.getByLabel("Дата решения").fill("2026-03-01");
  await page.getByRole("button", { name: "Изменить статус" }).click();
  await expect(page.getByText("№ 15-р от 01.03.2026")).toBeVisible();
  await page.getByLabel("Год плана").fill("2026");
  await page.getByRole("button", { name: "Создать план" }).click();
  await expect(page.getByText(/ИОМ на 2026 год\. Выполнено/)).toBeVisible();
  await page.getByLabel("Содержание").fill("Разработать программу развития школы");
  await page.getByLabel("Срок", { exact: true }).fill("2026-12-20");
  await page.getByRole("button", { name: "Добавить пункт" }).click();
  await expect(page.getByRole("cell", { name: "Разработать программу развития школы", exact: true })).toBeVisible();

  // the member completes the item
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, memberUser.email, memberUser.password);
  await memberPage.goto("/my/reserve");
  await memberPage.getByLabel("Что сделано").fill("Программа разработана и согласована");
  await memberPage.getByLabel("Ссылка на подтверждение (файл, страница)").fill("https://example.ru/programma.pdf");
  await memberPage.getByRole("button", { name: "Отметить выполненным" }).click();
  await expect(memberPage.getByText("Пункт отмечен выполненным")).toBeVisible();
  await memberPage.reload();
  await expect(memberPage.getByText(/Выполнено 1 из 1 \(100 %\)/)).toBeVisible();
  await memberContext.close();

  // the appointment
  await page.goto(candidateUrl);
  await page.getByLabel("Новый статус").selectOption({ label: "Назначен на должность" });
  await page.getByLabel("Должность назначения").fill("Директор ГБОУ СОШ № 376");
  await page.getByLabel("Дата назначения").fill("2026-09-01");
  await page.getByRole("button", { name: "Изменить статус" }).click();
  await expect(page.getByText("Директор ГБОУ СОШ № 376, 01.09.2026")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Проходит развитие (ИОМ) → Назначен на должность" })).toBeVisible();
});
