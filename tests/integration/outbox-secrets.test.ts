// Issue 18, item 4: a password-reset link is not readable from the outbox. The body is stored sealed,
// the admin page shows a notice instead, the letter that is sent has the link, the delivered row keeps
// nothing usable, and delivered letters are deleted after the retention period.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { requestPasswordReset } from "../../lib/auth/passwords/request-password-reset";
import { deliverOutbox, MAX_ATTEMPTS } from "../../lib/notifications/deliver-outbox";
import { listOutbox } from "../../lib/notifications/list-outbox";
import { SEALED_BODY_NOTICE } from "../../lib/notifications/outbox-secret";
import { purgeOutbox } from "../../lib/notifications/purge-outbox";
import { makeUser, sessionUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

function useSecrets(secret = "outbox-test-secret") {
  vi.stubEnv("APP_URL", "https://kadry.example.ru");
  vi.stubEnv("AUTH_SECRET", secret);
  onTestFinished(() => {
    vi.unstubAllEnvs();
  });
}

const sentTo = () => {
  const sent: { to: string; text: string }[] = [];
  return { sent, transport: { sendMail: async (m: { to: string; text: string }) => void sent.push(m) } };
};

describe("a password-reset letter in the outbox", () => {
  it("is stored sealed and shown to the administrator without the link", async () => {
    useSecrets();
    const { user } = await makeUser(t.db, "PARTICIPANT");
    await requestPasswordReset(t.db, { email: user.email });
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "password_reset" } });
    expect(row.sealed).toBe(true);
    expect(row.body).not.toMatch(/token=|login\/reset|kadry\.example\.ru|Здравствуйте/);

    const page = await listOutbox(t.db, sessionUser("ADMIN"), { page: 1 });
    const shown = page.items.find((m) => m.id === row.id)!;
    expect(shown.body).toBe(SEALED_BODY_NOTICE);
  });

  it("is sent with the link, and the delivered row keeps only the notice", async () => {
    useSecrets();
    const { user } = await makeUser(t.db, "PARTICIPANT");
    await requestPasswordReset(t.db, { email: user.email });
    const { sent, transport } = sentTo();
    await deliverOutbox(t.db, { transport });
    const letter = sent.find((m) => m.to === user.email)!;
    expect(letter.text).toMatch(/https:\/\/kadry\.example\.ru\/login\/reset\?token=[\w-]+/);
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "password_reset" } });
    expect(row.sentAt).not.toBeNull();
    expect(row.body).toBe(SEALED_BODY_NOTICE);
  });

  it("sealed under another AUTH_SECRET is given up, never sent as ciphertext", async () => {
    useSecrets("the-old-secret");
    const { user } = await makeUser(t.db, "PARTICIPANT");
    await requestPasswordReset(t.db, { email: user.email });
    vi.stubEnv("AUTH_SECRET", "a-new-secret");
    const { sent, transport } = sentTo();
    await deliverOutbox(t.db, { transport });
    expect(sent.filter((m) => m.to === user.email)).toEqual([]);
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "password_reset" } });
    expect(row).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS, body: SEALED_BODY_NOTICE });
  });
});

describe("retention (OUTBOX_RETENTION_DAYS)", () => {
  it("deletes delivered and given-up letters past the period, keeps recent and pending ones", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const day = 86_400_000;
    const letter = (subject: string, data: object) =>
      t.db.outboxMessage.create({ data: { to: "r@example.ru", subject, body: "—", kind: "test", ...data } });
    await t.db.outboxMessage.deleteMany({});
    await letter("old sent", { createdAt: new Date(+now - 100 * day), sentAt: new Date(+now - 100 * day) });
    await letter("recent sent", { createdAt: new Date(+now - 100 * day), sentAt: new Date(+now - 10 * day) });
    await letter("old given up", { createdAt: new Date(+now - 100 * day), attempts: MAX_ATTEMPTS });
    await letter("old still tried", { createdAt: new Date(+now - 100 * day), attempts: 1 });

    expect(await purgeOutbox(t.db, now, 0)).toBe(0);
    expect(await purgeOutbox(t.db, now, 90)).toBe(2);
    const left = await t.db.outboxMessage.findMany({ select: { subject: true }, orderBy: { subject: "asc" } });
    expect(left.map((m) => m.subject)).toEqual(["old still tried", "recent sent"]);
  });
});
