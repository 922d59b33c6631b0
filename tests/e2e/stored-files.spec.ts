// Загруженные файлы в браузере: a region's coordinator attaches evidence to an assignment report — a renamed
// .exe is refused next to the field, a PDF is stored — and names the responsible coordinator; the ministry
// downloads the PDF under its Cyrillic name with the protective headers; another region's coordinator gets
// 404 and a signed-out request 401. A reserve member attaches a certificate to a plan item; the region's
// organizer downloads it from the candidate card, another member gets 404. The federal centre deletes a
// roadmap milestone.
import { expect, expectNoSeriousAxeViolations, participantSession, signIn, test, uniqueId } from "./fixtures";
import { E2E_PROJECT_CODE, E2E_REGIONS } from "./global-setup";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);

test("отчёт по поручению с PDF: скачивает министерство, координатор другого региона получает 404", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const yar = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const kos = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[3].code } });
  const ministry = await seed.user({ role: "MINISTRY" });
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [yar.id] });
  const colleague = await seed.user({ role: "COORDINATOR", regionIds: [yar.id] });
  const stranger = await seed.user({ role: "COORDINATOR", regionIds: [kos.id] });
  const tag = uniqueId();
  const meeting = await db.meeting.create({
    data: {
      projectId: project.id,
      title: `Совещание ${tag}`,
      startsAt: new Date(),
      protocolNumber: `П-${tag}`,
      protocolDate: new Date(),
      decisions: "Поручить регионам",
    },
  });
  const assignment = await db.assignment.create({
    data: {
      projectId: project.id,
      meetingId: meeting.id,
      number: 1,
      text: `Представить план работы кластеров ${tag}`,
      issuedById: ministry.id,
      items: {
        create: {
          regionId: yar.id,
          responsibleId: coordinator.id,
          dueDate: new Date("2030-01-31T00:00:00Z"),
          dueAt: new Date("2030-01-31T21:00:00Z"),
        },
      },
    },
    include: { items: true },
  });
  const itemUrl = `/assignments/${assignment.items[0].id}`;

  await signIn(page, coordinator.email, coordinator.password);
  await page.goto(itemUrl);
  await page.getByLabel("Что сделано").fill("План утверждён и направлен кластерам");
  const files = page.getByLabel("Подтверждающие материалы (файлы)");
  await files.setInputFiles({ name: "План.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "Представить отчёт" }).click();
  // the message sits next to the file field
  await expect(page.locator("#report-files-error")).toHaveText(
    "Файл «План.pdf»: допустимы только PDF, DOCX, XLSX, ODT, JPEG и PNG",
  );
  expect(await db.assignmentReport.count({ where: { itemId: assignment.items[0].id } })).toBe(0);

  await files.setInputFiles({ name: "План работы кластеров.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Представить отчёт" }).click();
  await expect(page.getByText("Отчёт представлен")).toBeVisible();
  await page.reload();
  const link = page.getByRole("link", { name: "План работы кластеров.pdf" });
  await expect(link).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // the region's own coordinator names a colleague responsible
  await page.getByLabel("Ответственный координатор").selectOption({ label: colleague.fullName });
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByText("Ответственный назначен")).toBeVisible();
  expect((await db.assignmentItem.findUniqueOrThrow({ where: { id: assignment.items[0].id } })).responsibleId).toBe(colleague.id);

  const href = (await link.getAttribute("href"))!;
  const file = await db.storedFile.findFirstOrThrow({ where: { assignmentReport: { itemId: assignment.items[0].id } } });
  expect(href).toBe(`/api/v1/files/${file.id}`);

  // the ministry downloads it: an attachment under the Cyrillic name, the verified type, no sniffing, no scripts
  const ministryContext = await browser.newContext({ locale: "ru-RU" });
  const ministryPage = await ministryContext.newPage();
  await signIn(ministryPage, ministry.email, ministry.password);
  await ministryPage.goto(itemUrl);
  const [download] = await Promise.all([
    ministryPage.waitForEvent("download"),
    ministryPage.getByRole("link", { name: "План работы кластеров.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("План работы кластеров.pdf");
  const answer = await ministryPage.request.get(href);
  expect(answer.status()).toBe(200);
  expect(Buffer.from(await answer.body())).toEqual(PDF);
  const headers = answer.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("План работы кластеров.pdf")}`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  await ministryContext.close();

  // another region's coordinator: not found, as for a file that doesn't exist; signed out: 401
  const strangerContext = await browser.newContext({ locale: "ru-RU" });
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger.email, stranger.password);
  const refused = await strangerPage.request.get(href);
  expect(refused.status()).toBe(404);
  expect((await strangerPage.request.get("/api/v1/files/no-such-file")).status()).toBe(404);
  await strangerContext.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href)).status()).toBe(401);
  await anonymous.close();
});

test("участник резерва прикладывает файл к пункту плана; куратор скачивает, другой участник — 404", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const yar = await db.region.findUniqueOrThrow({ where: { code: E2E_REGIONS[0].code } });
  const member = await participantSession(browser, seed, db);
  const other = await participantSession(browser, seed, db);
  const coordinator = await seed.user({ role: "COORDINATOR", regionIds: [yar.id] });
  const participant = await db.participant.findFirstOrThrow({ where: { userId: member.user.id } });
  const reserve = await db.personnelReserve.create({
    data: { projectId: project.id, regionId: yar.id, code: `R-${uniqueId()}`, targetPosition: "Директор школы", capacity: 5 },
  });
  const candidate = await db.reserveCandidate.create({
    data: { reserveId: reserve.id, participantId: participant.id, status: "in_development", source: "employer" },
  });
  const plan = await db.developmentPlan.create({ data: { candidateId: candidate.id, year: 2026 } });
  const item = await db.developmentPlanItem.create({
    data: { planId: plan.id, kind: "course", title: "Курс «Финансы ОО»", dueDate: new Date("2026-12-20T00:00:00Z") },
  });

  await member.page.goto("/my/reserve");
  await member.page.getByLabel("Что сделано").fill("Курс пройден, удостоверение получено");
  await member.page
    .getByLabel("Файлы-подтверждения (сертификат, программа, отчёт)")
    .setInputFiles({ name: "Удостоверение.pdf", mimeType: "application/pdf", buffer: PDF });
  await member.page.getByRole("button", { name: "Отметить выполненным" }).click();
  await expect(member.page.getByText("Пункт отмечен выполненным")).toBeVisible();
  await member.page.reload();
  await expect(member.page.getByRole("link", { name: "Удостоверение.pdf" })).toBeVisible();
  const file = await db.storedFile.findFirstOrThrow({ where: { planItemId: item.id } });
  expect((await member.page.request.get(`/api/v1/files/${file.id}`)).status()).toBe(200);
  await member.context.close();

  await signIn(page, coordinator.email, coordinator.password);
  await page.goto(`/reserve/candidates/${candidate.id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Удостоверение.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Удостоверение.pdf");
  expect((await other.page.request.get(`/api/v1/files/${file.id}`)).status()).toBe(404);
  await other.context.close();
});

test("министерство удаляет веху дорожной карты", async ({ page, seed, db }) => {
  const project = await db.project.findUniqueOrThrow({ where: { code: E2E_PROJECT_CODE } });
  const ministry = await seed.user({ role: "MINISTRY" });
  const title = `Стратегическая сессия ${uniqueId()}`;
  const milestone = await db.roadmapMilestone.create({
    data: { projectId: project.id, title, owner: "Минпросвещения", dueDate: new Date("2020-01-15T00:00:00Z") },
  });
  await signIn(page, ministry.email, ministry.password);
  await page.goto("/roadmap");
  await expect(page.getByRole("cell", { name: title, exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Удалить веху «${title}»` }).click();
  // the row — and the button's message with it — leaves the table
  await expect(page.getByRole("cell", { name: title, exact: true })).toHaveCount(0);
  expect(await db.roadmapMilestone.count({ where: { id: milestone.id } })).toBe(0);
});
