// Issue 18, item 1: «Забыли пароль?» sent from a request whose Host and X-Forwarded-Host name another
// site still e-mails a link to APP_URL. The action is called as Next.js would call it, with the request's
// headers answering the forged values.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openOutboxBody } from "../../lib/notifications/outbox-secret";
import { makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const state = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("../../lib/infra/db/client", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  get db() {
    return state.db;
  },
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      origin: "https://evil.example",
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => null }));

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  vi.stubEnv("AUTH_SECRET", "reset-link-origin-secret");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.drop();
});

async function resetLetterFor(): Promise<string> {
  const { requestPasswordResetAction } = await import("../../app/login/forgot/actions");
  const { user } = await makeUser(t.db, "PARTICIPANT");
  const form = new FormData();
  form.set("email", user.email);
  expect(await requestPasswordResetAction({ ok: false }, form)).toMatchObject({ ok: true });
  const mail = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "password_reset" } });
  return openOutboxBody(mail.body)!;
}

it("the reset link in the letter starts with APP_URL, whatever the request's host headers say", async () => {
  vi.stubEnv("APP_URL", "https://kadry.example.gov.ru");
  const text = await resetLetterFor();
  expect(text).toMatch(/https:\/\/kadry\.example\.gov\.ru\/login\/reset\?token=[\w-]+/);
  expect(text).not.toContain("evil.example");
});

it("without APP_URL (development only) the link is the local address, never the request's host", async () => {
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("PORT", "3000");
  const text = await resetLetterFor();
  expect(text).toMatch(/http:\/\/localhost:3000\/login\/reset\?token=[\w-]+/);
  expect(text).not.toContain("evil.example");
});
