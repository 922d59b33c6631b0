// Запись на мероприятие: capacity, wait-list order, promotion on cancellation, idempotency, and the
// 200-way race for 30 seats (real parallel transactions: on PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { cancelRegistration } from "../../lib/registrations/cancel-registration";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(20);
});
afterAll(async () => t.drop());

const NOW = new Date("2026-11-25T09:00:00Z"); // the test event starts on 2026-12-10

const participants = makeParticipants;

describe("registration and the wait-list", () => {
  it("fills the seats, then queues, and promotes the first in the queue when a seat is freed", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 2 });
    const [a, b, c, d] = await participants(t.db, 4, ctx);

    expect((await registerForEvent(t.db, a, event.id, NOW)).registration.status).toBe("registered");
    expect((await registerForEvent(t.db, b, event.id, NOW)).registration.status).toBe("registered");
    const third = await registerForEvent(t.db, c, event.id, new Date(NOW.getTime() + 1000));
    expect(third).toMatchObject({ registration: { status: "waitlisted" }, position: 1 });
    expect(await registerForEvent(t.db, d, event.id, new Date(NOW.getTime() + 2000))).toMatchObject({ position: 2 });

    const { promoted } = await cancelRegistration(t.db, a, event.id, NOW);
    expect(promoted?.id).toBe(third.registration.id);
    const statuses = await t.db.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ registered: 2, waitlisted: 1, cancelled: 1 });
    // d moved up to first place
    expect((await registerForEvent(t.db, d, event.id, NOW)).position).toBe(1);
  });

  it("a double click or retry returns the same registration", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const [a] = await participants(t.db, 1, ctx);
    const results = await Promise.all([registerForEvent(t.db, a, event.id, NOW), registerForEvent(t.db, a, event.id, NOW)]);
    expect(results[0].registration.id).toBe(results[1].registration.id);
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("refuses users without a participant record, held events and started events", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const outsider = await makeUser(t.db, "PARTICIPANT");
    await expect(registerForEvent(t.db, outsider.session, event.id, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [a] = await participants(t.db, 1, ctx);
    await expect(registerForEvent(t.db, a, event.id, new Date("2026-12-10T08:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await t.db.event.update({ where: { id: event.id }, data: { status: "held" } });
    await expect(registerForEvent(t.db, a, event.id, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("200 simultaneous registrations for 30 seats: exactly 30 registered, 170 wait-listed, no duplicates", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 30 });
    const people = await participants(t.db, 200, ctx);
    const results = await Promise.allSettled(people.map((p) => registerForEvent(t.db, p, event.id, NOW)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const counts = await t.db.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count]))).toEqual({ registered: 30, waitlisted: 170 });
    const positions = results.flatMap((r) => (r.status === "fulfilled" && r.value.position ? [r.value.position] : []));
    expect(new Set(positions).size).toBe(170);
  }, 180_000);
});
