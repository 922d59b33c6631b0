import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeProject, makeUser } from "../helpers/factories";
import { createUser } from "../../lib/users/create-user";
import { updateUser } from "../../lib/users/update-user";
import { resetPassword } from "../../lib/users/reset-password";
import { registerParticipant } from "../../lib/accounts/register-participant";
import { registrationSchema } from "../../lib/accounts/schemas";
import { createUserSchema } from "../../lib/users/schemas";
import { loadSessionUser } from "../../lib/auth/sessions/load-session-user";
import { startUserSession } from "../../lib/auth/sessions/start-user-session";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { hashPassword } from "../../lib/auth/password";
import { THROTTLE } from "../../lib/auth/sign-in-throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("participant self-registration", () => {
  it("creates the user and the participant together, and refuses a second account for the e-mail", async () => {
    const { project, regions, category } = await makeProject(t.db);
    const input = registrationSchema.parse({
      fullName: "Смирнова Анна Сергеевна",
      email: "Smirnova@Example.ru ",
      password: "длинная фраза пароля",
      passwordConfirm: "длинная фраза пароля",
      projectId: project.id,
      categoryId: category.id,
      regionId: regions[0].id,
      consent: "on",
    });
    const user = await registerParticipant(t.db, input);
    expect(user.email).toBe("smirnova@example.ru");
    expect(user.role).toBe("PARTICIPANT");
    const participant = await t.db.participant.findFirstOrThrow({ where: { userId: user.id } });
    expect(participant).toMatchObject({ categoryId: category.id, regionId: regions[0].id, projectId: project.id });
    expect(await t.db.auditLog.count({ where: { entity: "Participant", entityId: participant.id } })).toBe(1);

    await expect(registerParticipant(t.db, input)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: expect.any(Array) },
    });
    expect(await t.db.user.count({ where: { email: "smirnova@example.ru" } })).toBe(1);
  });

  it("refuses a category of another project and writes nothing", async () => {
    const a = await makeProject(t.db);
    const b = await makeProject(t.db);
    const before = await t.db.user.count();
    await expect(
      registerParticipant(t.db, {
        fullName: "Иванов Иван",
        email: "ivanov-other@example.ru",
        password: "длинная фраза пароля",
        passwordConfirm: "длинная фраза пароля",
        projectId: a.project.id,
        categoryId: b.category.id,
        regionId: a.regions[0].id,
        consent: "on",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { categoryId: ["Выберите категорию из списка"] } });
    expect(await t.db.user.count()).toBe(before);
  });

  it("explains each bad field in Russian", () => {
    const result = registrationSchema.safeParse({
      fullName: "",
      email: "не-почта",
      password: "short",
      passwordConfirm: "other",
      consent: undefined,
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields.email).toMatch(/e-mail/);
    expect(fields.password).toMatch(/не короче 8/);
    expect(fields.consent).toMatch(/согласие/);
  });
});

describe("user administration", () => {
  it("only an administrator creates users; a coordinator needs a region", async () => {
    const { regions } = await makeProject(t.db);
    const admin = await makeUser(t.db, "ADMIN");
    const ministry = await makeUser(t.db, "MINISTRY");
    const input = createUserSchema.parse({
      email: "coord-new@example.ru",
      fullName: "Координатор Новый",
      role: "COORDINATOR",
      regionIds: [regions[0].id],
      password: "пароль координатора",
    });
    await expect(createUser(t.db, ministry.session, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const created = await createUser(t.db, admin.session, input);
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: created.id }, include: { regions: true } });
    expect(stored.regions.map((r) => r.regionId)).toEqual([regions[0].id]);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: "User", entityId: created.id } });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");

    const noRegion = createUserSchema.safeParse({ ...input, email: "x@example.ru", regionIds: [] });
    expect(noRegion.error?.issues[0]).toMatchObject({ path: ["regionIds"], message: "Координатору нужен хотя бы один регион" });
  });

  it("changing a role ends the user's sessions; an admin can't demote themself", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const target = await makeUser(t.db, "PARTICIPANT");
    const sessionId = await startUserSession(t.db, target.user.id, { ip: null, userAgent: null });
    expect(await loadSessionUser(t.db, sessionId)).toMatchObject({ role: "PARTICIPANT" });
    await updateUser(t.db, admin.session, {
      id: target.user.id,
      email: target.user.email,
      fullName: "Новое Имя",
      role: "MINISTRY",
      regionIds: [],
      active: true,
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(after.role).toBe("MINISTRY");
    expect(await loadSessionUser(t.db, sessionId)).toBeNull();
    const changes = await t.db.securityEvent.findMany({ where: { userId: target.user.id, kind: "role_changed" } });
    expect(changes).toHaveLength(1);
    expect(changes[0].details).toMatchObject({ from: "PARTICIPANT", to: "MINISTRY", by: admin.user.email });

    const newSession = await startUserSession(t.db, target.user.id, { ip: null, userAgent: null });

    await updateUser(t.db, admin.session, {
      id: target.user.id,
      email: target.user.email,
      fullName: "Ещё имя",
      role: "MINISTRY",
      regionIds: [],
      active: true,
    });
    expect(await loadSessionUser(t.db, newSession)).toMatchObject({ fullName: "Ещё имя" }); // a name change keeps sessions

    await expect(
      updateUser(t.db, admin.session, {
        id: admin.user.id,
        email: admin.user.email,
        fullName: "x",
        role: "PARTICIPANT",
        regionIds: [],
        active: true,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a password reset replaces the hash and ends sessions", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const target = await makeUser(t.db, "EXPERT", [], await hashPassword("старый пароль эксперта"));
    await resetPassword(t.db, admin.session, { id: target.user.id, password: "новый пароль эксперта" });
    expect(await verifyCredentials(t.db, { email: target.user.email, password: "старый пароль эксперта" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const signedIn = await verifyCredentials(t.db, { email: target.user.email, password: "новый пароль эксперта" });
    expect(signedIn).toMatchObject({ ok: true });
    await resetPassword(t.db, admin.session, { id: target.user.id, password: "ещё один пароль эксперта" });
    expect(await loadSessionUser(t.db, (signedIn as { sessionId: string }).sessionId)).toBeNull();
  });
});

describe("sign-in throttle", () => {
  it("locks an account after repeated failures, with the same answer for an unknown account", async () => {
    const { user } = await makeUser(t.db, "COORDINATOR", [], await hashPassword("верный пароль координатора"));
    const now = new Date("2026-11-25T10:00:00Z");
    for (let i = 1; i < THROTTLE.maxFailuresPerAccount; i++) {
      expect(await verifyCredentials(t.db, { email: user.email, password: "неверный" }, now)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await verifyCredentials(t.db, { email: user.email, password: "неверный" }, now)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    // even the right password is refused while locked
    expect(await verifyCredentials(t.db, { email: user.email, password: "верный пароль координатора" }, now)).toMatchObject({
      reason: "locked",
    });
    // after the lock expires the right password works
    const later = new Date(now.getTime() + (THROTTLE.lockMinutes + 1) * 60_000);
    expect(await verifyCredentials(t.db, { email: user.email, password: "верный пароль координатора" }, later)).toMatchObject({
      ok: true,
    });

    const ghost = "nobody-here@example.ru";
    const answers = [];
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++)
      answers.push(await verifyCredentials(t.db, { email: ghost, password: "x" }, now));
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("limits failures per IP across accounts", async () => {
    const now = new Date("2026-11-25T11:00:00Z");
    let last;
    for (let i = 0; i < THROTTLE.maxFailuresPerIp; i++) {
      last = await verifyCredentials(
        t.db,
        { email: `spray-${i}@example.ru`, password: "x", client: { ip: "203.0.113.7", userAgent: null } },
        now,
      );
    }
    expect(last).toMatchObject({ reason: "locked" });
    expect(
      await verifyCredentials(
        t.db,
        { email: "fresh@example.ru", password: "x", client: { ip: "203.0.113.8", userAgent: null } },
        now,
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("a disabled user cannot sign in", async () => {
    const { user } = await makeUser(t.db, "EXPERT", [], await hashPassword("пароль отключённого"));
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCredentials(t.db, { email: user.email, password: "пароль отключённого" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
