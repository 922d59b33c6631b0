// Issue 18, item 6 (152-ФЗ): after «Обезличить» the person's name, e-mail and free text are nowhere in
// the database. The person touched every place that keeps a copy — letters in the outbox, audit entries
// (their own, a merged duplicate's, their registration's and feedback's, their reserve records'), the
// security log and the sign-in throttle after failed sign-ins, a session's address and browser — and
// then every text and JSON column of every table is searched.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { writeAudit } from "../../lib/audit/write-audit";
import { hashPassword } from "../../lib/auth/password";
import { requestPasswordReset } from "../../lib/auth/passwords/request-password-reset";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { mergeParticipants } from "../../lib/participants/merge-participants";
import { anonymizeParticipant } from "../../lib/personal-data/anonymize-participant";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const NAME = "Снегирёва Алевтина Порфирьевна";
const MENTOR_NOTES = "Обсудили переезд в Рыбинск и здоровье матери";
const PLAN_REPORT = "Прошла стажировку в гимназии у директора Кукушкина";

/** Every (table, column) holding text or JSON, and the rows whose value contains `needle`. */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await t.db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`;
  expect(columns.length).toBeGreaterThan(100);
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await t.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (n) hits.push(`${table_name}.${column_name}: ${n}`);
  }
  return hits;
}

describe("anonymisation leaves no copy behind", () => {
  it("name, e-mail and free text are in no text column of any table", async () => {
    vi.stubEnv("APP_URL", "https://kadry.example.ru");
    vi.stubEnv("AUTH_SECRET", "anonymize-copies-secret");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const ctx = await makeProject(t.db);
    const [yar] = ctx.regions;
    const admin = (await makeUser(t.db, "ADMIN")).session;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [yar.id])).session;
    const email = `snegireva-${ctx.project.code}@example.ru`;
    const account = await t.db.user.create({
      data: { email, fullName: NAME, role: "PARTICIPANT", passwordHash: await hashPassword("пароль Снегирёвой длинный") },
    });
    const person = await t.db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: "P-SNEG",
        fullName: NAME,
        email,
        categoryId: ctx.category.id,
        regionId: yar.id,
        userId: account.id,
      },
    });
    const me = { id: account.id, email, fullName: NAME, role: "PARTICIPANT" as const, regionIds: [] };

    // a registration (confirmation letter, audit entry) and feedback with a comment that names her
    const event = await makeEvent(t.db, ctx.project.id, yar.id, ctx.direction.id);
    await registerForEvent(t.db, me, event.id, new Date("2026-11-20T09:00:00Z"));
    const feedback = await t.db.feedback.create({
      data: { eventId: event.id, participantId: person.id, rating: 5, comment: `Спасибо! ${NAME}` },
    });
    await writeAudit(t.db, { actorId: account.id, action: "create", entity: "Feedback", entityId: feedback.id, after: feedback });

    // a duplicate record of her, merged: its audit entry is kept under the duplicate's id
    await t.db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: "P-SNEG-2",
        fullName: NAME,
        email: email.toUpperCase(),
        categoryId: ctx.category.id,
        regionId: yar.id,
      },
    });
    await mergeParticipants(t.db, coordinator, { id: person.id, other: "P-SNEG-2", keep: "this" });

    // the reserve: a plan report and mentoring notes, with their audit copies
    const reserve = await t.db.personnelReserve.create({
      data: { projectId: ctx.project.id, regionId: yar.id, code: "R-1", targetPosition: "Директор школы", capacity: 10 },
    });
    const candidate = await t.db.reserveCandidate.create({
      data: { reserveId: reserve.id, participantId: person.id, status: "included", source: "self" },
    });
    const plan = await t.db.developmentPlan.create({ data: { candidateId: candidate.id, year: 2026, report: PLAN_REPORT } });
    await writeAudit(t.db, { actorId: account.id, action: "update", entity: "DevelopmentPlan", entityId: plan.id, after: plan });
    const expert = await t.db.expert.create({ data: { projectId: ctx.project.id, code: "E-M", fullName: "Наставник Петров" } });
    const pair = await t.db.mentorPair.create({
      data: { candidateId: candidate.id, expertId: expert.id, startedOn: new Date("2026-09-01") },
    });
    const meeting = await t.db.mentorMeeting.create({
      data: { pairId: pair.id, heldOn: new Date("2026-10-01"), topic: "План", notes: MENTOR_NOTES },
    });
    await writeAudit(t.db, { actorId: null, action: "create", entity: "MentorMeeting", entityId: meeting.id, after: meeting });

    // failed sign-ins until the lock-out (security log, throttle), a password-reset letter, a session
    const client = { ip: "198.51.100.23", userAgent: `Browser of ${NAME}` };
    for (let i = 0; i < 6; i++) await verifyCredentials(t.db, { email, password: "не тот пароль вовсе", client });
    await requestPasswordReset(t.db, { email });
    await t.db.userSession.create({
      data: {
        id: "sess-sneg",
        userId: account.id,
        expiresAt: new Date("2027-01-01"),
        ip: client.ip,
        userAgent: client.userAgent,
      },
    });

    for (const needle of [NAME, email, MENTOR_NOTES, PLAN_REPORT]) expect(await findEverywhere(needle)).not.toEqual([]);

    await anonymizeParticipant(t.db, admin, person.id);

    for (const needle of [NAME, "Снегирёва", email, "snegireva", MENTOR_NOTES, PLAN_REPORT]) {
      expect(await findEverywhere(needle), needle).toEqual([]);
    }
    // her address and browser: gone from the security log and the sessions (the per-address throttle
    // counts failures of whoever uses that address and expires by itself)
    expect((await findEverywhere(client.ip)).filter((hit) => !hit.startsWith("SignInThrottle."))).toEqual([]);
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: "sess-sneg" } })).toMatchObject({ ip: null, userAgent: null });
    // what the KPI counts stays: the registration and the rating
    expect(await t.db.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({ rating: 5, comment: null });
    expect(await t.db.registration.count({ where: { participantId: person.id } })).toBe(1);
  });
});
