// «Мои мероприятия» and «Открытые для записи»: the upcoming/past split, nobody else's registrations,
// the category filter, free seats, and past, cancelled or closed events left out; the personal feed.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { listMyEvents } from "../../lib/registrations/list-my-events";
import { listOpenEvents } from "../../lib/events/list-open-events";
import { calendarFeed, listFeedEvents } from "../../lib/calendar/user-feed";
import { signFeedToken } from "../../lib/calendar/feed-token";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const NOW = new Date("2026-11-25T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000);

type Ctx = Awaited<ReturnType<typeof makeProject>>;

async function eventAt(db: PrismaClient, ctx: Ctx, startsAt: Date, extra: Record<string, unknown> = {}) {
  const event = await makeEvent(db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
  return db.event.update({
    where: { id: event.id },
    data: { startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), ...extra },
  });
}

async function participant(db: PrismaClient, ctx: Ctx, categoryId = ctx.category.id) {
  const u = await makeUser(db, "PARTICIPANT");
  const p = await db.participant.create({
    data: {
      projectId: ctx.project.id,
      code: `P-${u.user.id}`,
      fullName: u.user.fullName,
      categoryId,
      regionId: ctx.regions[0].id,
      userId: u.user.id,
    },
  });
  return { ...u, participant: p };
}

describe("listMyEvents", () => {
  it("splits upcoming and past by the start time and shows only the user's own registrations", async () => {
    const ctx = await makeProject(t.db);
    const me = await participant(t.db, ctx);
    const other = await participant(t.db, ctx);
    const past = await eventAt(t.db, ctx, day(-10));
    const soon = await eventAt(t.db, ctx, day(2), { capacity: 1 });
    const later = await eventAt(t.db, ctx, day(20));
    const othersOnly = await eventAt(t.db, ctx, day(5));
    await t.db.registration.createMany({
      data: [
        { eventId: past.id, participantId: me.participant.id, status: "registered", attended: true },
        { eventId: soon.id, participantId: other.participant.id, status: "registered", createdAt: day(-3) },
        { eventId: soon.id, participantId: me.participant.id, status: "waitlisted", createdAt: day(-2) },
        { eventId: later.id, participantId: me.participant.id, status: "cancelled" },
        { eventId: othersOnly.id, participantId: other.participant.id, status: "registered" },
        { eventId: past.id, participantId: other.participant.id, status: "registered" },
      ],
    });

    const upcoming = await listMyEvents(t.db, me.session, { when: "upcoming", page: 1, now: NOW });
    expect(upcoming.total).toBe(2);
    expect(upcoming.items.map((i) => [i.event.id, i.status, i.position, i.canCancel])).toEqual([
      [soon.id, "waitlisted", 1, true],
      [later.id, "cancelled", null, false],
    ]);
    expect(upcoming.items.every((i) => i.participantId === me.participant.id)).toBe(true);

    const pastPage = await listMyEvents(t.db, me.session, { when: "past", page: 1, now: NOW });
    expect(pastPage.items.map((i) => [i.event.id, i.attended, i.canCancel])).toEqual([[past.id, true, false]]);

    // an event that has started is past: it can no longer be cancelled
    const started = await listMyEvents(t.db, me.session, { when: "upcoming", page: 1, now: day(3) });
    expect(started.items.map((i) => i.event.id)).toEqual([later.id]);

    const stranger = await makeUser(t.db, "PARTICIPANT");
    expect((await listMyEvents(t.db, stranger.session, { when: "upcoming", page: 1, now: NOW })).total).toBe(0);
    await expect(listMyEvents(t.db, null, { when: "past", page: 1, now: NOW })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("pages the past events, newest first", async () => {
    const ctx = await makeProject(t.db);
    const me = await participant(t.db, ctx);
    for (let i = 1; i <= 5; i++) {
      const e = await eventAt(t.db, ctx, day(-i));
      await t.db.registration.create({ data: { eventId: e.id, participantId: me.participant.id } });
    }
    const first = await listMyEvents(t.db, me.session, { when: "past", page: 1, now: NOW, size: 2 });
    const third = await listMyEvents(t.db, me.session, { when: "past", page: 3, now: NOW, size: 2 });
    expect(first).toMatchObject({ total: 5, pageCount: 3 });
    expect(first.items[0].event.startsAt > first.items[1].event.startsAt).toBe(true);
    expect(third.items).toHaveLength(1);
  });
});

describe("listOpenEvents", () => {
  it("shows planned future events open to the participant's category, with free seats", async () => {
    const ctx = await makeProject(t.db);
    const students = await t.db.participantCategory.create({
      data: { projectId: ctx.project.id, code: "students", name: "Студенты" },
    });
    const me = await participant(t.db, ctx);
    const other = await participant(t.db, ctx);

    const openToAll = await eventAt(t.db, ctx, day(3), { capacity: 2, title: "Открыто всем" });
    const forMine = await eventAt(t.db, ctx, day(4), { capacity: null, title: "Для госслужащих" });
    await t.db.eventCategory.create({ data: { eventId: forMine.id, categoryId: ctx.category.id } });
    const forStudents = await eventAt(t.db, ctx, day(5), { title: "Для студентов" });
    await t.db.eventCategory.create({ data: { eventId: forStudents.id, categoryId: students.id } });
    await eventAt(t.db, ctx, day(-1), { title: "Прошло" });
    await eventAt(t.db, ctx, day(6), { status: "cancelled", title: "Отменено" });
    await eventAt(t.db, ctx, day(7), { status: "held", title: "Проведено" });
    await eventAt(t.db, ctx, day(8), { registrationDeadline: day(-1), title: "Срок истёк" });
    await t.db.registration.createMany({
      data: [
        { eventId: openToAll.id, participantId: other.participant.id, status: "registered" },
        { eventId: openToAll.id, participantId: me.participant.id, status: "registered" },
      ],
    });
    const other2 = await participant(t.db, ctx);
    await t.db.registration.create({
      data: { eventId: openToAll.id, participantId: other2.participant.id, status: "waitlisted" },
    });

    const page = await listOpenEvents(t.db, me.session, { projectId: ctx.project.id, page: 1, now: NOW });
    expect(page.isParticipant).toBe(true);
    expect(page.items.map((e) => [e.title, e.freeSeats, e.myStatus])).toEqual([
      ["Открыто всем", 0, "registered"],
      ["Для госслужащих", null, null],
    ]);

    const search = await listOpenEvents(t.db, me.session, { projectId: ctx.project.id, page: 1, q: "госслуж", now: NOW });
    expect(search.items.map((e) => e.id)).toEqual([forMine.id]);

    // a user without a participant record sees every open event (they cannot register, the page says so)
    const coordinator = await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id]);
    const all = await listOpenEvents(t.db, coordinator.session, { projectId: ctx.project.id, page: 1, now: NOW });
    expect(all.isParticipant).toBe(false);
    expect(all.items.map((e) => e.title)).toEqual(["Открыто всем", "Для госслужащих", "Для студентов"]);
    expect(all.items.every((e) => e.myStatus === null)).toBe(true);
  });
});

describe("personal calendar feed", () => {
  it("lists the events of non-cancelled registrations from 90 days back, never other users'", async () => {
    const ctx = await makeProject(t.db);
    const me = await participant(t.db, ctx);
    const other = await participant(t.db, ctx);
    const old = await eventAt(t.db, ctx, day(-100));
    const recent = await eventAt(t.db, ctx, day(-30));
    const next = await eventAt(t.db, ctx, day(30), { status: "cancelled" });
    const dropped = await eventAt(t.db, ctx, day(40));
    const theirs = await eventAt(t.db, ctx, day(50));
    await t.db.registration.createMany({
      data: [
        { eventId: old.id, participantId: me.participant.id },
        { eventId: recent.id, participantId: me.participant.id },
        { eventId: next.id, participantId: me.participant.id, status: "waitlisted" },
        { eventId: dropped.id, participantId: me.participant.id, status: "cancelled" },
        { eventId: theirs.id, participantId: other.participant.id },
      ],
    });
    const events = await listFeedEvents(t.db, me.user.id, NOW);
    expect(events.map((e) => e.id)).toEqual([recent.id, next.id]);

    process.env.AUTH_SECRET ??= "integration-test-secret";
    vi.stubEnv("APP_URL", "https://kadry.example");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const text = await calendarFeed(t.db, signFeedToken(me.user.id), { now: NOW });
    expect(text).toContain(`UID:${recent.id}@kadry-portal`);
    expect(text).toContain(`URL:https://kadry.example/events/${recent.id}`); // from APP_URL, never a request's host
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).not.toContain(theirs.id);
    const forged = `${other.user.id}.${signFeedToken(me.user.id).split(".")[1]}`;
    await expect(calendarFeed(t.db, forged, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.user.update({ where: { id: me.user.id }, data: { active: false } });
    await expect(calendarFeed(t.db, signFeedToken(me.user.id), { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
