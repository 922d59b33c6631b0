// Issue 9, item 5, for the bulk attendance update (it has no CLI to kill): a failure in the middle of
// the list — here the audit entry of the third person refused by a database trigger, after the marks
// of everyone were already written — leaves every mark and every audit entry as before.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { markAttendanceByList } from "../../lib/registrations/mark-attendance";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

it("a list that fails half-way writes no mark and no audit entry", async () => {
  const ctx = await makeProject(t.db);
  const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
  const registrations = [];
  for (let i = 0; i < 5; i++) {
    const p = await t.db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: `P-${event.id}-${i}`,
        fullName: `Участник ${i}`,
        categoryId: ctx.category.id,
        regionId: ctx.regions[0].id,
      },
    });
    registrations.push(await t.db.registration.create({ data: { eventId: event.id, participantId: p.id } }));
  }
  const ids = registrations.map((r) => r.id);
  const afterStart = new Date(event.startsAt.getTime() + 3600_000);

  await t.db.$executeRawUnsafe(`
    CREATE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."entityId" = '${ids[2]}' THEN RAISE EXCEPTION 'injected failure'; END IF;
      RETURN NEW;
    END $$`);
  await t.db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_third BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_third()`,
  );
  try {
    await expect(markAttendanceByList(t.db, coordinator, { eventId: event.id, attendedIds: ids }, afterStart)).rejects.toThrow(
      /injected failure/,
    );
    const marked = await t.db.registration.count({ where: { id: { in: ids }, attended: true } });
    expect(marked).toBe(0);
    expect(await t.db.auditLog.count({ where: { entityId: { in: ids } } })).toBe(0);
  } finally {
    await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_third ON "AuditLog"`);
    await t.db.$executeRawUnsafe(`DROP FUNCTION refuse_third()`);
  }

  // the same list without the fault goes through: the failure was the trigger, not the input
  const done = await markAttendanceByList(t.db, coordinator, { eventId: event.id, attendedIds: ids }, afterStart);
  expect(done.marked).toBe(5);
});
