// Issue 18, items 1 and 2, against the running app: headers a client writes itself change neither the
// address in a password-reset e-mail nor the address the security log records. The runner starts the
// app with APP_URL = its own address and no TRUSTED_PROXIES, as a portal reached without a proxy.
import { openOutboxBody } from "../../lib/notifications/outbox-secret";
import { expect, test, uniqueId } from "./fixtures";

test("ссылка сброса пароля строится от APP_URL, а не от заголовков запроса", async ({ page, seed, db }) => {
  const participant = await seed.user({ role: "PARTICIPANT" });
  await page.setExtraHTTPHeaders({ "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" });
  await page.goto("/login/forgot");
  await page.getByLabel("Электронная почта").fill(participant.email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByText(/Если этот адрес зарегистрирован/)).toBeVisible();

  const mail = await db.outboxMessage.findFirstOrThrow({ where: { userId: participant.id, kind: "password_reset" } });
  const link = /https?:\/\/\S+\/login\/reset\?token=[\w-]+/.exec(openOutboxBody(mail.body)!)![0];
  expect(new URL(link).origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
  expect(openOutboxBody(mail.body)).not.toContain("evil.example");
});

test("журнал безопасности записывает адрес соединения, а не X-Forwarded-For клиента", async ({ page, db }) => {
  const email = `nobody-${uniqueId().toLowerCase()}@example.ru`;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.10" });
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль", { exact: true }).fill("неверный пароль для проверки");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Неверный e-mail или пароль").first()).toBeVisible();

  await expect.poll(() => db.securityEvent.count({ where: { email, kind: "sign_in_failure" } })).toBe(1);
  const entry = await db.securityEvent.findFirstOrThrow({ where: { email, kind: "sign_in_failure" } });
  expect(entry.ip).toBe("127.0.0.1");
});
