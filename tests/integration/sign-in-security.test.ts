// Issue 10: second factor, password policy, server-side sessions and the security log, against a real
// database. The tests play the authenticator app with the same RFC 6238 computation.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeUser } from "../helpers/factories";
import { hashPassword } from "../../lib/auth/password";
import { openOutboxBody } from "../../lib/notifications/outbox-secret";
import { isCommonPassword } from "../../lib/auth/passwords/is-common-password";
import { changeOwnPassword } from "../../lib/auth/passwords/change-own-password";
import { requestPasswordReset } from "../../lib/auth/passwords/request-password-reset";
import { resetPasswordWithToken } from "../../lib/auth/passwords/reset-password-with-token";
import { loadSessionUser } from "../../lib/auth/sessions/load-session-user";
import { revokeSessionsByAdmin } from "../../lib/auth/sessions/revoke-sessions-by-admin";
import { sessionTimeouts } from "../../lib/auth/sessions/session-timeouts";
import { confirmTotpEnrolment } from "../../lib/auth/two-factor/confirm-totp-enrolment";
import { resetSecondFactor } from "../../lib/auth/two-factor/reset-second-factor";
import { startTotpEnrolment } from "../../lib/auth/two-factor/start-totp-enrolment";
import { totpCodeAt } from "../../lib/auth/two-factor/totp-code";
import { updateSecurityPolicy } from "../../lib/auth/update-security-policy";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { createUserSchema, passwordSchema } from "../../lib/users/schemas";
import { updateUser } from "../../lib/users/update-user";
import { authorize, type SessionUser } from "../../lib/auth/permissions";
import { guardPage } from "../../lib/infra/http/page-guard";
import { openTotpSecret } from "../../lib/auth/two-factor/totp-secret-box";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const client = { ip: "198.51.100.10", userAgent: "vitest" };

async function staffWithPassword(password: string, role: "COORDINATOR" | "ADMIN" | "EXPERT" = "COORDINATOR") {
  return makeUser(t.db, role, [], await hashPassword(password));
}

/** Signs in and returns the session user the next request would see. */
async function signedIn(email: string, password: string, code?: string, now = new Date()): Promise<SessionUser> {
  const result = await verifyCredentials(t.db, { email, password, code, client }, now);
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  const user = await loadSessionUser(t.db, result.sessionId, now);
  if (!user) throw new Error("no session user");
  return user;
}

async function enrol(user: SessionUser, now: Date) {
  await startTotpEnrolment(t.db, user);
  const { totpPendingSecret } = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
  const { recoveryCodes } = await confirmTotpEnrolment(
    t.db,
    user,
    { code: await totpCodeAt(openTotpSecret(totpPendingSecret!)!, now.getTime()) },
    now,
  );
  // stored sealed: neither column holds the secret itself
  const secret = openTotpSecret(totpPendingSecret!)!;
  const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(stored.totpSecret).toMatch(/^v1:/);
  expect(stored.totpSecret).not.toContain(secret);
  return { secret, recoveryCodes };
}

describe("TOTP second factor", () => {
  it("accepts the current code once and refuses a reused or wrong one", async () => {
    const password = "ключ от кабинета 2026";
    const { user } = await staffWithPassword(password);
    const t0 = new Date("2026-11-25T12:00:00Z");
    const before = await signedIn(user.email, password, undefined, t0);
    expect(before.secondFactorMissing).toBe(true); // the policy requires it for staff by default

    const { secret, recoveryCodes } = await enrol(before, t0);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    // without a code the right password only asks for one
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await verifyCredentials(t.db, { email: user.email, password, client }, t1)).toEqual({
      ok: false,
      reason: "second_factor_required",
    });

    const code = await totpCodeAt(secret, t1.getTime());
    const first = await verifyCredentials(t.db, { email: user.email, password, code, client }, t1);
    expect(first).toMatchObject({ ok: true });
    expect((await loadSessionUser(t.db, (first as { sessionId: string }).sessionId, t1))?.secondFactorMissing).toBe(false);

    // the same code again, even within its 30 seconds, is refused
    expect(await verifyCredentials(t.db, { email: user.email, password, code, client }, t1)).toEqual({
      ok: false,
      reason: "second_factor_invalid",
    });
    // a wrong code is refused
    const wrong = code === "000000" ? "111111" : "000000";
    const t2 = new Date(t1.getTime() + 60_000);
    expect(await verifyCredentials(t.db, { email: user.email, password, code: wrong, client }, t2)).toEqual({
      ok: false,
      reason: "second_factor_invalid",
    });
    // a code from ten minutes ago is refused; the next step's code is accepted
    expect(
      await verifyCredentials(
        t.db,
        { email: user.email, password, code: await totpCodeAt(secret, t0.getTime() - 600_000), client },
        t2,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await verifyCredentials(t.db, { email: user.email, password, code: await totpCodeAt(secret, t2.getTime()), client }, t2),
    ).toMatchObject({ ok: true });

    const failures = await t.db.securityEvent.findMany({ where: { userId: user.id, kind: "second_factor_failure" } });
    expect(failures.length).toBe(3);
    expect(failures[0]).toMatchObject({ ip: client.ip, userAgent: "vitest" });
    // no code or password in the log
    const log = JSON.stringify(await t.db.securityEvent.findMany({ where: { userId: user.id } }), (_k, v) =>
      typeof v === "bigint" ? String(v) : v,
    );
    expect(log).not.toContain(code);
    expect(log).not.toContain(password);
  });

  it("recovery codes work once each", async () => {
    const password = "резервный вход эксперта";
    const { user } = await staffWithPassword(password, "EXPERT");
    const now = new Date("2026-11-25T13:00:00Z");
    const { recoveryCodes } = await enrol(await signedIn(user.email, password, undefined, now), now);
    const [code] = recoveryCodes;
    expect(await verifyCredentials(t.db, { email: user.email, password, code: code.toUpperCase(), client }, now)).toMatchObject({
      ok: true,
    });
    expect(await verifyCredentials(t.db, { email: user.email, password, code, client }, now)).toEqual({
      ok: false,
      reason: "second_factor_invalid",
    });
    expect(await t.db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
    const used = await t.db.securityEvent.findFirstOrThrow({ where: { userId: user.id, kind: "recovery_code_used" } });
    expect(used.details).toEqual({ left: 9 });
  });

  it("wrong codes lock the account like wrong passwords, even though the password is right", async () => {
    const password = "пароль под замком 2026";
    const { user } = await staffWithPassword(password);
    const now = new Date("2026-11-25T14:00:00Z");
    await enrol(await signedIn(user.email, password, undefined, now), now);
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await verifyCredentials(t.db, { email: user.email, password, code: "000001", client }, now));
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    expect(await t.db.securityEvent.count({ where: { userId: user.id, kind: "lockout" } })).toBe(1);
  });

  it("an administrator's reset removes the factor, ends the sessions and is logged", async () => {
    const password = "телефон утерян 2026";
    const { user } = await staffWithPassword(password);
    const admin = await makeUser(t.db, "ADMIN");
    const now = new Date();
    const session = await signedIn(user.email, password, undefined, now);
    await enrol(session, now);
    await resetSecondFactor(t.db, admin.session, { id: user.id });
    expect(await loadSessionUser(t.db, session.sessionId!)).toBeNull();
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const entry = await t.db.securityEvent.findFirstOrThrow({ where: { userId: user.id, kind: "second_factor_reset" } });
    expect(entry.details).toMatchObject({ by: admin.user.email });
    const coordinator = await makeUser(t.db, "COORDINATOR");
    await expect(resetSecondFactor(t.db, coordinator.session, { id: admin.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("the policy decides whether staff must enrol; participants never must", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const password = "политика второго фактора";
    const { user } = await staffWithPassword(password, "EXPERT");
    const participant = await makeUser(t.db, "PARTICIPANT", [], await hashPassword(password));
    expect((await signedIn(user.email, password)).secondFactorMissing).toBe(true);
    expect((await signedIn(participant.user.email, password)).secondFactorMissing).toBe(false);
    await updateSecurityPolicy(t.db, admin.session, { requireTotpForStaff: false });
    expect((await signedIn(user.email, password)).secondFactorMissing).toBe(false);
    await updateSecurityPolicy(t.db, admin.session, { requireTotpForStaff: true });
    expect(await t.db.securityEvent.count({ where: { kind: "policy_changed" } })).toBe(2);
  });
});

describe("staff owing the second factor", () => {
  it("are sent from any page to the enrolment page", async () => {
    const user = { ...(await makeUser(t.db, "COORDINATOR")).session, secondFactorMissing: true };
    await expect(guardPage(async () => authorize(user, "event.read"), "/events")).rejects.toMatchObject({
      digest: expect.stringContaining("/account/security"),
    });
  });
});

describe("server-side sessions", () => {
  it("a revoked session is refused on the next request", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("сеанс участника"));
    const a = await signedIn(user.email, "сеанс участника");
    const b = await signedIn(user.email, "сеанс участника");
    expect(a.sessionId).not.toBe(b.sessionId); // a new session at every sign-in
    expect(await revokeSessionsByAdmin(t.db, admin.session, { id: user.id })).toBe(2);
    expect(await loadSessionUser(t.db, a.sessionId!)).toBeNull();
    expect(await loadSessionUser(t.db, b.sessionId!)).toBeNull();
    expect(await t.db.securityEvent.count({ where: { userId: user.id, kind: "sessions_revoked" } })).toBe(1);
  });

  it("disabling a user ends their session at once", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("отключат сейчас"));
    const session = await signedIn(user.email, "отключат сейчас");
    await updateUser(t.db, admin.session, {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: "PARTICIPANT",
      regionIds: [],
      active: false,
    });
    expect(await loadSessionUser(t.db, session.sessionId!)).toBeNull();
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: session.sessionId! } })).toMatchObject({
      revokedReason: "disabled",
    });
    expect(await t.db.securityEvent.count({ where: { userId: user.id, kind: "user_disabled" } })).toBe(1);
  });

  it("ends after inactivity and after the absolute time-out", async () => {
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("тайм-ауты сеанса"));
    const { idleMs, absoluteMs } = sessionTimeouts();
    const start = new Date("2026-11-25T08:00:00Z");
    const idle = await signedIn(user.email, "тайм-ауты сеанса", undefined, start);
    expect(await loadSessionUser(t.db, idle.sessionId!, new Date(start.getTime() + idleMs - 1000))).not.toBeNull();
    // activity a moment before the limit moved the clock on; a full idle period after it ends the session
    const lastSeen = start.getTime() + idleMs - 1000;
    expect(await loadSessionUser(t.db, idle.sessionId!, new Date(lastSeen + idleMs + 1000))).toBeNull();

    const busy = await signedIn(user.email, "тайм-ауты сеанса", undefined, start);
    let now = start.getTime();
    while (now + idleMs / 2 < start.getTime() + absoluteMs) {
      now += idleMs / 2;
      expect(await loadSessionUser(t.db, busy.sessionId!, new Date(now))).not.toBeNull();
    }
    expect(await loadSessionUser(t.db, busy.sessionId!, new Date(start.getTime() + absoluteMs + 1000))).toBeNull();
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: busy.sessionId! } })).toMatchObject({
      revokedReason: "expired",
    });
  });
});

describe("password policy", () => {
  it("refuses common passwords, short ones and accepts long phrases of any characters", () => {
    for (const weak of ["password1", "qwerty123", "1q2w3e4r", "Iloveyou", "12345678"]) {
      expect(isCommonPassword(weak)).toBe(true);
      expect(passwordSchema.safeParse(weak).error?.issues[0].message).toMatch(/слишком распространён/);
    }
    expect(passwordSchema.safeParse("Коротк1").error?.issues[0].message).toMatch(/не короче 8/);
    expect(passwordSchema.safeParse("a".repeat(64)).success).toBe(true);
    expect(passwordSchema.safeParse("все строчные без цифр").success).toBe(true);
    const form = createUserSchema.safeParse({
      email: "new@example.ru",
      fullName: "Новый Сотрудник",
      role: "EXPERT",
      password: "password123",
    });
    expect(form.error?.issues.map((i) => i.path.join("."))).toEqual(["password"]);
  });

  it("changing one's own password needs the current one and ends the other sessions", async () => {
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("старая фраза участника"));
    const here = await signedIn(user.email, "старая фраза участника");
    const elsewhere = await signedIn(user.email, "старая фраза участника");
    await expect(
      changeOwnPassword(t.db, here, {
        currentPassword: "не та",
        password: "новая фраза участника",
        passwordConfirm: "новая фраза участника",
      }),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: ["Текущий пароль указан неверно"] } });
    await changeOwnPassword(t.db, here, {
      currentPassword: "старая фраза участника",
      password: "новая фраза участника",
      passwordConfirm: "новая фраза участника",
    });
    expect(await loadSessionUser(t.db, here.sessionId!)).not.toBeNull();
    expect(await loadSessionUser(t.db, elsewhere.sessionId!)).toBeNull();
    // the owner is told by e-mail, in case it wasn't them
    const notice = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "account_security" } });
    expect(notice.body).toMatch(/Пароль вашей учётной записи изменён/);
    expect(await verifyCredentials(t.db, { email: user.email, password: "новая фраза участника", client })).toMatchObject({
      ok: true,
    });
  });

  it("a reset link from the e-mail works once, before it expires, and ends all sessions", async () => {
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("забытый пароль участника"));
    const session = await signedIn(user.email, "забытый пароль участника");
    const now = new Date();
    vi.stubEnv("APP_URL", "https://kadry.example.ru/");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    await requestPasswordReset(t.db, { email: user.email.toUpperCase() }, { now });
    await requestPasswordReset(t.db, { email: "nobody@example.ru" }, { now }); // same answer, no mail
    const mail = await t.db.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: "password_reset" } });
    const text = openOutboxBody(mail.body) ?? ""; // stored sealed (outbox-secrets.test.ts)
    expect(text).toContain("https://kadry.example.ru/login/reset?token="); // always from APP_URL
    const token = /\/login\/reset\?token=([\w-]+)/.exec(text)?.[1];
    expect(token).toBeTruthy();
    expect(await t.db.outboxMessage.count({ where: { to: "nobody@example.ru" } })).toBe(0);
    expect(await t.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    await expect(
      resetPasswordWithToken(t.db, { token: token!, password: "новая фраза по ссылке" }, new Date(now.getTime() + 61 * 60_000)),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await resetPasswordWithToken(t.db, { token: token!, password: "новая фраза по ссылке" }, now);
    await expect(resetPasswordWithToken(t.db, { token: token!, password: "ещё одна фраза" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await loadSessionUser(t.db, session.sessionId!)).toBeNull();
    expect(await verifyCredentials(t.db, { email: user.email, password: "новая фраза по ссылке", client })).toMatchObject({
      ok: true,
    });
    expect(await t.db.securityEvent.count({ where: { userId: user.id, kind: "password_reset" } })).toBe(1);
  });
});

describe("security log of sign-ins", () => {
  it("records success, failure (also for an unknown address) and lock-out with who and from where", async () => {
    const { user } = await makeUser(t.db, "PARTICIPANT", [], await hashPassword("журнал входов участника"));
    const other = { ip: "203.0.113.99", userAgent: "test-browser" };
    await verifyCredentials(t.db, { email: user.email, password: "журнал входов участника", client: other });
    await verifyCredentials(t.db, { email: user.email, password: "неверный пароль", client: other });
    await verifyCredentials(t.db, { email: "ghost@example.ru", password: "неверный пароль", client: other });
    const rows = await t.db.securityEvent.findMany({ where: { ip: other.ip }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.kind, r.email, r.userId])).toEqual([
      ["sign_in_success", user.email, user.id],
      ["sign_in_failure", user.email, user.id],
      ["sign_in_failure", "ghost@example.ru", null],
    ]);
    expect(rows.every((r) => r.userAgent === "test-browser" && r.at.getTime() > Date.now() - 60_000)).toBe(true);
    expect(JSON.stringify(rows.map((r) => r.details))).not.toContain("неверный пароль");
  });
});
