// Issue 18, item 2, against the running app: a client's own X-Forwarded-For does not change the address
// the security log records. The runner starts the app without TRUSTED_PROXIES, as a portal reached
// without a proxy. (Item 1, the reset link from APP_URL, is tested on the action itself in
// tests/integration/reset-link-origin.test.ts: Next.js already refuses a server action whose Origin
// differs from X-Forwarded-Host, so a browser can't send the forged request.)
import { expect, test, uniqueId } from "./fixtures";

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
