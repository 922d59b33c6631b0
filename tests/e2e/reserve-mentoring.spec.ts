// Issue 7, mentoring and the cyclogram in the browser: the mentor logs a meeting with their mentee, the mentee
// sees it and rates the mentor, the organizer sees the mentor's effectiveness; the organizer loads seed 003's
// cyclogram, generates the cycle (twice: no duplicates) and marks the overdue task done.
import { expect, expectNoSeriousAxeViolations, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

test("наставничество: встреча в журнале, оценка наставника, эффективность", async ({ page, browser, seed, db }) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const category = await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id } });
  const year = new Date().getUTCFullYear();
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  const menteeUser = await seed.user({ role: "PARTICIPANT" });
  const mentorUser = await seed.user({ role: "EXPERT" });
  const participant = await db.participant.create({
    data: {
      projectId: project.id,
      code: `P-${uniqueId()}`,
      fullName: menteeUser.fullName,
      categoryId: category.id,
      regionId: region.id,
      userId: menteeUser.id,
    },
  });
  const expert = await db.expert.create({
    data: { projectId: project.id, code: `E-${uniqueId()}`, fullName: mentorUser.fullName, userId: mentorUser.id },
  });
  const reserve = await db.personnelReserve.create({
    data: {
      projectId: project.id,
      regionId: region.id,
      code: `R-${uniqueId()}`,
      targetPosition: "Руководитель общеобразовательной организации",
      capacity: 35,
    },
  });
  const candidate = await db.reserveCandidate.create({
    data: { reserveId: reserve.id, participantId: participant.id, source: "employer", status: "in_development" },
  });
  await db.mentorPair.create({
    data: {
      candidateId: candidate.id,
      expertId: expert.id,
      goals: "Управление командой",
      startedOn: new Date(Date.UTC(year, 0, 10)),
    },
  });
  // the mentee's plan of the year: one of two items done → 50 %
  await db.developmentPlan.create({
    data: {
      candidateId: candidate.id,
      year,
      items: {
        create: [
          { kind: "task", title: "Программа развития", dueDate: new Date(Date.UTC(year, 11, 20)), status: "done" },
          { kind: "course", title: "Курс «Финансы ОО»", dueDate: new Date(Date.UTC(year, 11, 25)) },
        ],
      },
    },
  });

  // the mentor logs a meeting
  await signIn(page, mentorUser.email, mentorUser.password);
  await page.goto("/reserve/mentees");
  await expect(page.getByRole("heading", { level: 2, name: participant.fullName })).toBeVisible();
  await expect(page.getByText(/выполнено 1 из 2 \(50 %\)/)).toBeVisible();
  await page.getByLabel("Тема").fill("Разбор управленческого кейса");
  await page.getByLabel("Заметки").fill("Обсудили распределение нагрузки");
  await page.getByLabel("Следующие шаги").fill("Подготовить проект приказа");
  await page.getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByText("Встреча записана в журнал")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("cell", { name: "Разбор управленческого кейса" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // the mentee sees the meeting and rates the mentor
  const menteeContext = await browser.newContext({ locale: "ru-RU" });
  const menteePage = await menteeContext.newPage();
  await signIn(menteePage, menteeUser.email, menteeUser.password);
  await menteePage.goto("/my/reserve");
  await expect(menteePage.getByText(mentorUser.fullName)).toBeVisible();
  await expect(menteePage.getByRole("cell", { name: "Подготовить проект приказа" })).toBeVisible();
  await menteePage.getByRole("button", { name: "Оценить наставника" }).click();
  await expect(menteePage.getByText("Выберите оценку от 1 до 5")).toBeVisible();
  await menteePage.getByLabel(`Оценка наставника за ${year} год`).selectOption({ label: "5 — отлично" });
  await menteePage.getByLabel("Комментарий к оценке").fill("Очень полезные встречи");
  await menteePage.getByRole("button", { name: "Оценить наставника" }).click();
  await expect(menteePage.getByText("Спасибо, оценка сохранена")).toBeVisible();
  await menteePage.reload();
  await expect(menteePage.getByRole("button", { name: "Изменить оценку" })).toBeVisible();
  await expectNoSeriousAxeViolations(menteePage);
  await menteeContext.close();

  // the organizer sees the effectiveness
  const orgContext = await browser.newContext({ locale: "ru-RU" });
  const orgPage = await orgContext.newPage();
  await signIn(orgPage, coordinator.email, coordinator.password);
  await orgPage.goto(`/reserve/mentors?year=${year}`);
  const row = orgPage.getByRole("row", { name: new RegExp(mentorUser.fullName) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("1 (1)");
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await expect(row.getByRole("cell").nth(3)).toHaveText("50 % (планов: 1)");
  await expect(row.getByRole("cell").nth(5)).toHaveText("5 (оценок: 1)");
  await expectNoSeriousAxeViolations(orgPage);
  // the candidate card shows the meetings log and the rating
  await orgPage.goto(`/reserve/candidates/${candidate.id}`);
  await expect(orgPage.getByRole("cell", { name: "Разбор управленческого кейса" })).toBeVisible();
  await expect(orgPage.getByText(`${year} — 5 («Очень полезные встречи»)`, { exact: false })).toBeVisible();
  await orgContext.close();
});

test("циклограмма: типовой шаблон, формирование цикла без дублей, отметка о выполнении", async ({ page, seed, db }) => {
  // a long flow of several people: on PostgreSQL with two workers on two cores it takes 30–35 s
  test.slow();
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[3].code } });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  await signIn(page, coordinator.email, coordinator.password);
  await page.goto("/reserve/cyclogram?year=2026");
  await expect(
    page.getByRole("heading", { level: 1, name: /Циклограмма кадрового резерва: Костромская область, цикл 2026\/2027/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Загрузить типовую циклограмму" }).click();
  await expect(page.getByText(/Добавлено мероприятий: 6|Все мероприятия типовой циклограммы уже есть/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Профессиональный конкурс «Управленцы будущего»: октябрь — февраль/)).toBeVisible();

  await page.getByRole("button", { name: "Сформировать год" }).click();
  await expect(page.getByText(/Создано задач: 6|Новых задач нет: все 6 уже созданы/)).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Сформировать год" }).click();
  await expect(page.getByText("Новых задач нет: все 6 уже созданы")).toBeVisible();
  await page.reload();

  const tasks = page.getByRole("region", { name: "Задачи цикла" });
  await expect(tasks.getByRole("row")).toHaveCount(7);
  const collect = tasks.getByRole("row", { name: /Сбор и обработка информации/ });
  await expect(collect.getByRole("cell").nth(1)).toHaveText("01.09.2026 — 31.10.2026");
  await expect(
    tasks
      .getByRole("row", { name: /Стажировка победителей/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText("01.04.2027 — 30.04.2027");
  await expect(collect.getByRole("cell").nth(3)).toHaveText("Просрочено");
  await expect(page.getByText(/Просрочено задач: \d+/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await collect.getByRole("button", { name: /^Выполнено: Сбор и обработка/ }).click();
  await expect(page.getByText("Задача выполнена")).toBeVisible();
  await page.reload();
  await expect(collect.getByRole("cell").nth(3)).toHaveText(/^Выполнено, \d{2}\.\d{2}\.\d{4}$/);
});

test("самовыдвижение, отмена пункта ИОМ, заключение куратора по годовому отчёту", async ({ page, browser, seed, db }) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const region = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[1].code } });
  const category = await db.participantCategory.findFirstOrThrow({ where: { projectId: project.id } });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [region.id] });
  const memberUser = await seed.user({ role: "PARTICIPANT" });
  await db.participant.create({
    data: {
      projectId: project.id,
      code: `P-${uniqueId()}`,
      fullName: memberUser.fullName,
      categoryId: category.id,
      regionId: region.id,
      userId: memberUser.id,
    },
  });
  const target = `Заместитель руководителя ОО ${uniqueId()}`;
  await db.personnelReserve.create({
    data: { projectId: project.id, regionId: region.id, code: `R-${uniqueId()}`, targetPosition: target, capacity: 10 },
  });

  // the member nominates themselves
  const memberContext = await browser.newContext({ locale: "ru-RU" });
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, memberUser.email, memberUser.password);
  await memberPage.goto("/my/reserve");
  const form = memberPage.getByRole("form", { name: `Самовыдвижение: ${target}` });
  await form.getByLabel("Почему вы хотите в резерв").fill("Пять лет руковожу методическим объединением");
  await form.getByRole("button", { name: "Выдвинуть себя" }).click();
  // the page shows the new candidacy, and the reserve leaves the self-nomination list (its form with it)
  await expect(memberPage.getByRole("heading", { level: 2, name: target })).toBeVisible();
  await expect(memberPage.getByText("Статус: Выдвинут", { exact: false })).toBeVisible();
  await expect(form).toHaveCount(0);

  // the organizer sees the self-nomination; the candidate is moved on and given a plan with two items (data)
  const candidate = await db.reserveCandidate.findFirstOrThrow({ where: { participant: { userId: memberUser.id } } });
  expect(candidate.source).toBe("self");
  await db.reserveCandidate.update({ where: { id: candidate.id }, data: { status: "in_development" } });
  const plan = await db.developmentPlan.create({
    data: {
      candidateId: candidate.id,
      year: 2026,
      report: "Выполнил стажировку, курс перенесён",
      reportSubmittedAt: new Date(),
      items: {
        create: [
          { kind: "internship", title: "Стажировка в школе № 376", dueDate: new Date("2026-04-30T00:00:00Z"), status: "done" },
          { kind: "course", title: "Курс «Финансы ОО»", dueDate: new Date("2026-12-25T00:00:00Z") },
        ],
      },
    },
  });
  await signIn(page, coordinator.email, coordinator.password);
  await page.goto(`/reserve/candidates/${candidate.id}`);
  await expect(page.getByText("Самовыдвижение,", { exact: false })).toBeVisible();
  await expect(page.getByText(/ИОМ на 2026 год\. Выполнено: 1 из 2 \(50 %\)/)).toBeVisible();
  await page
    .getByRole("row", { name: /Курс «Финансы ОО»/ })
    .getByText("Изменить или отменить")
    .click();
  await page.getByLabel("Причина отмены").fill("Курс не набрал группу");
  await page.getByRole("button", { name: "Отменить пункт" }).click();
  // the cancelled item shows its reason instead of the forms, and leaves the progress
  await expect(page.getByRole("cell", { name: "Курс не набрал группу" })).toBeVisible();
  await expect(page.getByText(/ИОМ на 2026 год\. Выполнено: 1 из 1 \(100 %\)/)).toBeVisible();
  await page.getByLabel("Заключение куратора", { exact: true }).fill("План выполнен, рекомендован к назначению");
  await page.getByRole("button", { name: "Сохранить заключение" }).click();
  await expect(page.getByText("Заключение сохранено")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // the member sees the cancellation and the conclusion; the report is closed to changes
  await memberPage.reload();
  await expect(memberPage.getByText("Причина отмены: Курс не набрал группу")).toBeVisible();
  await expect(memberPage.getByText("Заключение куратора: План выполнен, рекомендован к назначению")).toBeVisible();
  expect((await db.developmentPlan.findUniqueOrThrow({ where: { id: plan.id } })).curatorConclusion).toBe(
    "План выполнен, рекомендован к назначению",
  );
  await memberContext.close();
});
