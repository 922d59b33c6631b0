// Issue 10 in the browser: a coordinator enrols a second factor and signs in with it; an administrator
// disables a user who is signed in elsewhere and that session ends; sign-out really ends a session.
import { totpCodeAt } from "../../lib/auth/two-factor/totp-code";
import { openOutboxBody } from "../../lib/notifications/outbox-secret";
import { expect, expectNoSeriousAxeViolations, signIn, test } from "./fixtures";

test("координатор подключает второй фактор и входит с кодом", async ({ page, seed, db }) => {
  const coordinator = await seed.user({ role: "COORDINATOR" });
  await signIn(page, coordinator.email, coordinator.password);

  await page.goto("/account/security");
  await expect(page.getByRole("heading", { level: 1, name: "Безопасность входа" })).toBeVisible();
  await page.getByRole("button", { name: "Подключить второй фактор" }).click();
  await expect(page.getByRole("img", { name: "QR-код для приложения-аутентификатора" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // a wrong code is refused next to the field
  await page.getByLabel("Код из приложения").fill("12345");
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByText(/Код не подошёл/).first()).toBeVisible();

  await page.getByLabel("Код из приложения").fill(await totpCodeAt(secret));
  await page.getByRole("button", { name: "Подтвердить" }).click();
  const codes = page.getByRole("list", { name: "Резервные коды" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const firstRecoveryCode = await codes.first().innerText();
  await page.getByRole("link", { name: "Я сохранил(а) коды" }).click();
  await expect(page.getByText(/Подключён \d\d\.\d\d\.\d{4}/)).toBeVisible();
  await expect(page.getByText("Неиспользованных резервных кодов: 10")).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();

  // password first, then the code the form asks for
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(coordinator.email);
  await page.getByLabel("Пароль", { exact: true }).fill(coordinator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  const codeField = page.getByLabel("Код из приложения или резервный код");
  await expect(codeField).toBeVisible();
  await expect(page.getByText("Введите код второго фактора")).toBeVisible();
  // the enrolment used this step's code; the next step's is within the accepted drift
  await codeField.fill(await totpCodeAt(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner")).toContainText(coordinator.fullName);

  // once more with a recovery code, which then is used up (after sign-out has finished: its redirect
  // home would otherwise land after the next navigation)
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(coordinator.email);
  await page.getByLabel("Пароль", { exact: true }).fill(coordinator.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await page.getByLabel("Код из приложения или резервный код").fill(firstRecoveryCode);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("banner")).toContainText(coordinator.fullName);

  const kinds = await db.securityEvent.findMany({
    where: { userId: coordinator.id },
    orderBy: { id: "asc" },
    select: { kind: true, details: true },
  });
  expect(kinds.map((k) => k.kind)).toEqual(
    expect.arrayContaining(["second_factor_enabled", "sign_out", "sign_in_success", "recovery_code_used"]),
  );
  expect(kinds.filter((k) => k.kind === "sign_in_success").map((k) => (k.details as { method: string }).method)).toEqual([
    "password",
    "totp",
    "recovery",
  ]);
});

test("администратор отключает пользователя, вошедшего в другом браузере, — его сеанс заканчивается", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const admin = await seed.user({ role: "ADMIN" });
  const expert = await seed.user({ role: "EXPERT" });
  const elsewhere = await browser.newContext();
  const expertPage = await elsewhere.newPage();
  await signIn(expertPage, expert.email, expert.password);
  await expertPage.goto("/account/security");
  await expect(expertPage.getByRole("banner")).toContainText(expert.fullName);

  await signIn(page, admin.email, admin.password);
  await page.goto(`/admin/users/${expert.id}`);
  await expect(page.getByText("Открытых сеансов: 1")).toBeVisible();
  await page.getByRole("checkbox", { name: /Учётная запись активна/ }).uncheck();
  await page.getByRole("button", { name: "Сохранить" }).first().click();
  await expect(page.getByText("Изменения сохранены")).toBeVisible();

  // the next request of the other browser is no longer signed in
  await expertPage.goto("/account/security");
  await expect(expertPage).toHaveURL(/\/login/);
  await expect(expertPage.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  await elsewhere.close();

  // the security log page shows it, filtered by the person
  await page.goto(`/admin/security?who=${encodeURIComponent(expert.email)}&kind=user_disabled`);
  await expect(page.getByRole("cell", { name: "Пользователь отключён" })).toBeVisible();
  await expect(page.getByText("Найдено записей: 1")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(await db.userSession.count({ where: { userId: expert.id, revokedAt: null } })).toBe(0);
});

test("после выхода копия cookie сеанса больше не действует", async ({ page, browser, seed }) => {
  const participant = await seed.user({ role: "PARTICIPANT" });
  await signIn(page, participant.email, participant.password);
  const cookies = await page.context().cookies();
  await page.goto("/my/data");
  await expect(page.getByRole("banner")).toContainText(participant.fullName);
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();

  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const other = await copy.newPage();
  await other.goto("/account/security");
  await expect(other).toHaveURL(/\/login/);
  await copy.close();
});

test("сброс пароля по ссылке из письма: распространённый пароль отклонён, новый работает, ссылка одноразовая", async ({
  page,
  seed,
  db,
}) => {
  const participant = await seed.user({ role: "PARTICIPANT" });
  await page.goto("/login");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Сброс пароля" })).toBeVisible();
  await page.getByLabel("Электронная почта").fill(participant.email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByText(/Если этот адрес зарегистрирован/)).toBeVisible();

  const mail = await db.outboxMessage.findFirstOrThrow({ where: { userId: participant.id, kind: "password_reset" } });
  const link = /https?:\/\/\S+\/login\/reset\?token=[\w-]+/.exec(openOutboxBody(mail.body)!)![0];
  const path = new URL(link).pathname + new URL(link).search;
  await page.goto(path);
  await page.getByLabel("Новый пароль", { exact: true }).fill("qwerty123");
  await page.getByLabel("Повторите новый пароль").fill("qwerty123");
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByText(/слишком распространён/)).toBeVisible();

  const fresh = "новая фраза после сброса";
  await page.getByLabel("Новый пароль", { exact: true }).fill(fresh);
  await page.getByLabel("Повторите новый пароль").fill(fresh);
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1/);
  await expect(page.getByText("Пароль изменён. Войдите с новым паролем.")).toBeVisible();
  await signIn(page, participant.email, fresh);

  // the same link a second time does nothing
  await page.goto(path);
  await page.getByLabel("Новый пароль", { exact: true }).fill("ещё одна новая фраза");
  await page.getByLabel("Повторите новый пароль").fill("ещё одна новая фраза");
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByText(/Ссылка недействительна или устарела/).first()).toBeVisible();
});
