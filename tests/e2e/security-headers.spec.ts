// Заголовки безопасности and cross-origin server actions: every page carries a nonce-based CSP (no
// inline scripts allowed), no framing, nosniff and a referrer policy; pages still hydrate with it (no CSP
// violations in the console); a server action posted from another origin is refused.
import { expect, signIn, test } from "./fixtures";

test("страницы отдают заголовки безопасности, скрипты работают только с nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // a fresh nonce per request
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  // hydration works under the policy: the client-side check answers before any request
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText(/Укажите e-mail|Введите e-mail/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("сессионная cookie: HttpOnly и SameSite=Lax", async ({ page, seed }) => {
  const user = await seed.user({ role: "PARTICIPANT" });
  await signIn(page, user.email, user.password);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
});

test("серверное действие с чужого источника отклоняется", async ({ page, seed }) => {
  const user = await seed.user({ role: "PARTICIPANT" });
  await signIn(page, user.email, user.password);
  // any action id will do: the origin check comes before the action is looked up
  const forged = await page.request.post("/my/events", {
    headers: { "Next-Action": "0".repeat(42), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  const sameOrigin = await page.request.post("/my/events", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  // same origin but an unknown action: refused too, yet not for the origin — the two answers differ
  // Next.js refuses the foreign origin before looking for the action (500, "Invalid Server Actions request"),
  // while from the portal's own origin the unknown action is reported as such (409)
  expect(forged.status()).toBe(500);
  expect(sameOrigin.status()).toBe(409);
  expect(await sameOrigin.text()).toContain("Server Action unavailable");
});

test("HTML в сохранённом тексте показывается как текст и не выполняется", async ({ page, seed }) => {
  const project = await seed.project({ regions: 1 });
  const title = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> ${Date.now()}`;
  const event = await seed.event(project, project.regions[0].id, { title });
  const user = await seed.user({ role: "PARTICIPANT" });
  await signIn(page, user.email, user.password);
  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("h1 script, h1 img").count()).toBe(0);
});
