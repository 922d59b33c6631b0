// Уведомления (outbox): messages are queued in the transaction of the change they report, reach the
// right people only, reminders are idempotent, and delivery without SMTP leaves them for /admin/outbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { cancelRegistration } from "../../lib/registrations/cancel-registration";
import { promoteFromWaitlist } from "../../lib/registrations/promote-from-waitlist";
import { updateEvent } from "../../lib/events/update-event";
import { cancelEvent } from "../../lib/events/cancel-event";
import { updateEventSchema } from "../../lib/events/schemas";
import { notifyRegistration } from "../../lib/notifications/enqueue-notification";
import { enqueueDayBeforeReminders } from "../../lib/notifications/enqueue-reminders";
import { localTomorrow } from "../../lib/infra/time/local-tomorrow";
import { deliverOutbox, MAX_ATTEMPTS } from "../../lib/notifications/deliver-outbox";
import { reminderIntervalMinutes, runReminderRound } from "../../lib/notifications/schedule-reminders";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const NOW = new Date("2026-11-25T09:00:00Z"); // the factory's event starts on 2026-12-10 10:00 MSK

const participants = makeParticipants;

const outbox = (eventId: string) =>
  t.db.outboxMessage.findMany({ where: { eventId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("messages queued with the change", () => {
  it("registration: a confirmation, past the capacity the wait-list place", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 1 });
    const [a, b] = await participants(t.db, 2, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    await registerForEvent(t.db, b, event.id, new Date(NOW.getTime() + 1000));
    // a retry creates neither a registration nor a message
    await registerForEvent(t.db, a, event.id, NOW);

    const messages = await outbox(event.id);
    expect(messages.map((m) => [m.to, m.kind, m.userId])).toEqual([
      [a.email, "registration_confirmed", a.id],
      [b.email, "waitlisted", b.id],
    ]);
    expect(messages[0].subject).toBe("Запись подтверждена: Мастер-класс по проектному управлению");
    expect(messages[0].body).toContain("10.12.2026 10:00 – 13:00");
    expect(messages[0].body).toContain(`/events/${event.id}`);
    expect(messages[1].subject).toContain("Вы в листе ожидания, место 1");
    expect(messages.every((m) => m.sentAt === null && m.attempts === 0)).toBe(true);
  });

  it("a rolled-back transaction queues nothing", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const [a] = await participants(t.db, 1, ctx);
    const { registration } = await registerForEvent(t.db, a, event.id, NOW);
    await t.db.outboxMessage.deleteMany({ where: { eventId: event.id } });
    await expect(
      t.db.$transaction(async (tx) => {
        await notifyRegistration(tx, "promoted", registration);
        expect(await tx.outboxMessage.count({ where: { eventId: event.id } })).toBe(1);
        throw new Error("откат");
      }),
    ).rejects.toThrow("откат");
    expect(await t.db.outboxMessage.count({ where: { eventId: event.id } })).toBe(0);
    // a refused registration (the event has started) queues nothing either
    const [late] = await participants(t.db, 1, ctx);
    await expect(registerForEvent(t.db, late, event.id, new Date("2026-12-10T08:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await t.db.outboxMessage.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("promotion: the person moved from the wait-list is told, automatically and by the organizer", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 1 });
    const [a, b, c] = await participants(t.db, 3, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    await registerForEvent(t.db, b, event.id, new Date(NOW.getTime() + 1000));
    const third = await registerForEvent(t.db, c, event.id, new Date(NOW.getTime() + 2000));
    await t.db.outboxMessage.deleteMany({ where: { eventId: event.id } });

    await cancelRegistration(t.db, a, event.id, NOW);
    let messages = await outbox(event.id);
    expect(messages.map((m) => [m.to, m.kind])).toEqual([[b.email, "promoted"]]);
    expect(messages[0].subject).toContain("Место освободилось: вы записаны");

    // the organizer raises the capacity and promotes c
    await t.db.event.update({ where: { id: event.id }, data: { capacity: 2 } });
    const admin = await makeUser(t.db, "ADMIN");
    await promoteFromWaitlist(t.db, admin.session, third.registration.id);
    messages = await outbox(event.id);
    expect(messages.map((m) => [m.to, m.kind])).toEqual([
      [b.email, "promoted"],
      [c.email, "promoted"],
    ]);
  });

  it("event change: registered and wait-listed people are told only when the time or the place changed", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 1 });
    const [a, b, c] = await participants(t.db, 3, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    await registerForEvent(t.db, b, event.id, new Date(NOW.getTime() + 1000));
    await registerForEvent(t.db, c, event.id, new Date(NOW.getTime() + 2000));
    await cancelRegistration(t.db, c, event.id, NOW); // c is not told about changes any more
    await t.db.outboxMessage.deleteMany({ where: { eventId: event.id } });
    const coordinator = await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id]);
    const form = (extra: Record<string, unknown>) =>
      updateEventSchema.parse({
        id: event.id,
        title: event.title,
        format: event.format,
        directionId: ctx.direction.id,
        regionId: ctx.regions[0].id,
        startsAt: "2026-12-10T10:00",
        endsAt: "2026-12-10T13:00",
        capacity: "1",
        ...extra,
      });

    await updateEvent(t.db, coordinator.session, form({ title: "Мастер-класс: новое название", description: "Подробности" }));
    expect(await outbox(event.id)).toEqual([]);

    await updateEvent(
      t.db,
      coordinator.session,
      form({ startsAt: "2026-12-11T15:00", endsAt: "2026-12-11T17:30", venue: "Дом правительства" }),
    );
    const messages = await outbox(event.id);
    expect(messages.map((m) => [m.to, m.kind]).sort()).toEqual(
      [
        [a.email, "event_changed"],
        [b.email, "event_changed"],
      ].sort(),
    );
    expect(messages[0].body).toContain("11.12.2026 15:00 – 17:30");
    expect(messages[0].body).toContain("Место: Дом правительства");

    await updateEvent(
      t.db,
      coordinator.session,
      form({
        startsAt: "2026-12-11T15:00",
        endsAt: "2026-12-11T17:30",
        venue: "Дом правительства",
        onlineUrl: "https://example.ru/webinar",
      }),
    );
    expect(await t.db.outboxMessage.count({ where: { eventId: event.id } })).toBe(4);
  });

  it("cancellation: everyone registered or wait-listed is told the reason; people without an e-mail are skipped", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 1 });
    const [a, b, c] = await participants(t.db, 3, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    await registerForEvent(t.db, b, event.id, new Date(NOW.getTime() + 1000));
    await registerForEvent(t.db, c, event.id, new Date(NOW.getTime() + 2000));
    await cancelRegistration(t.db, c, event.id, NOW);
    // a participant without an account and without an e-mail, registered by the organizer
    const offline = await t.db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: "P-OFFLINE",
        fullName: "Без почты",
        categoryId: ctx.category.id,
        regionId: ctx.regions[0].id,
      },
    });
    await t.db.registration.create({ data: { eventId: event.id, participantId: offline.id, status: "waitlisted" } });
    await t.db.outboxMessage.deleteMany({ where: { eventId: event.id } });

    const coordinator = await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id]);
    await cancelEvent(t.db, coordinator.session, { id: event.id, cancelReason: "Лектор заболел" });
    const messages = await outbox(event.id);
    expect(messages.map((m) => m.to).sort()).toEqual([a.email, b.email].sort());
    expect(messages.every((m) => m.kind === "event_cancelled" && m.subject.startsWith("Мероприятие отменено"))).toBe(true);
    expect(messages[0].body).toContain("Причина: Лектор заболел");
  });
});

describe("reminders the day before", () => {
  it("queues one reminder per registered person for tomorrow's events, once, and none for other days", async () => {
    const ctx = await makeProject(t.db);
    const at = async (startsAt: string) => {
      const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: 1 });
      const start = new Date(startsAt);
      return t.db.event.update({
        where: { id: event.id },
        data: { startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) },
      });
    };
    // now: 25.11.2026 12:00 MSK; tomorrow is 26.11 in Moscow
    const tomorrowMorning = await at("2026-11-25T21:30:00Z"); // 26.11 00:30 MSK
    const tomorrowEvening = await at("2026-11-26T18:00:00Z"); // 26.11 21:00 MSK
    const today = await at("2026-11-25T15:00:00Z"); // 25.11 18:00 MSK
    const dayAfter = await at("2026-11-26T21:30:00Z"); // 27.11 00:30 MSK
    const cancelled = await at("2026-11-26T10:00:00Z"); // cancelled below, after the registrations
    const [a, b] = await participants(t.db, 2, ctx);
    for (const e of [tomorrowMorning, tomorrowEvening, today, dayAfter, cancelled]) {
      await registerForEvent(t.db, a, e.id, NOW);
      await registerForEvent(t.db, b, e.id, NOW); // wait-listed: no reminder
    }
    await t.db.event.update({ where: { id: cancelled.id }, data: { status: "cancelled" } });
    await t.db.outboxMessage.deleteMany({ where: { event: { projectId: ctx.project.id } } });

    expect(localTomorrow(NOW, "Europe/Moscow")).toBe("2026-11-26");
    const first = await enqueueDayBeforeReminders(t.db, NOW);
    expect(first.messages).toBe(2);
    const second = await enqueueDayBeforeReminders(t.db, new Date(NOW.getTime() + 3_600_000));
    expect(second.messages).toBe(0);

    const reminders = await t.db.outboxMessage.findMany({ where: { kind: "reminder", event: { projectId: ctx.project.id } } });
    expect(reminders.map((m) => m.eventId).sort()).toEqual([tomorrowMorning.id, tomorrowEvening.id].sort());
    expect(reminders.every((m) => m.to === a.email && m.subject.startsWith("Напоминание"))).toBe(true);
  });
});

describe("the portal's own reminder schedule", () => {
  it("reads the interval (default hourly, 0 = off, nonsense = default)", () => {
    expect([undefined, "", "15", "0", "-3", "abc"].map((v) => reminderIntervalMinutes(v))).toEqual([60, 60, 15, 0, 60, 60]);
  });

  it("a round queues tomorrow's reminders; rounds of two instances at once send each reminder once", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    await t.db.event.update({
      where: { id: event.id },
      data: { startsAt: new Date("2026-11-26T07:00:00Z"), endsAt: new Date("2026-11-26T09:00:00Z") },
    });
    const [a] = await participants(t.db, 1, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    const rounds = await Promise.all([runReminderRound(t.db, NOW), runReminderRound(t.db, NOW)]);
    expect(rounds.every((r) => r !== null)).toBe(true);
    expect(await t.db.outboxMessage.count({ where: { eventId: event.id, kind: "reminder" } })).toBe(1);
  });
});

describe("delivery", () => {
  it("without SMTP nothing is sent; with a transport messages are marked sent, failures keep the error", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const [a, b] = await participants(t.db, 2, ctx);
    await registerForEvent(t.db, a, event.id, NOW);
    await registerForEvent(t.db, b, event.id, NOW);
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      expect(await deliverOutbox(t.db)).toEqual({ configured: false, sent: 0, failed: 0 });
    } finally {
      if (saved !== undefined) process.env.SMTP_URL = saved;
    }
    expect(await t.db.outboxMessage.count({ where: { eventId: event.id, sentAt: null, attempts: 0 } })).toBe(2);

    // only this event's messages: other tests' messages share the database
    await t.db.outboxMessage.updateMany({ where: { NOT: { eventId: event.id } }, data: { attempts: MAX_ATTEMPTS } });
    const failing = { sendMail: async () => Promise.reject(new Error("SMTP недоступен")) };
    expect(await deliverOutbox(t.db, { transport: failing })).toMatchObject({ sent: 0, failed: 2 });
    const failed = await outbox(event.id);
    expect(failed.every((m) => m.sentAt === null && m.attempts === 1 && m.lastError === "SMTP недоступен")).toBe(true);

    const sent: string[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const recording = {
      sendMail: async (mail: nodemailer.SendMailOptions) => {
        sent.push(String(mail.to));
        return transport.sendMail(mail);
      },
    };
    expect(await deliverOutbox(t.db, { transport: recording, from: "portal@example.ru" })).toMatchObject({ sent: 2, failed: 0 });
    expect(sent.sort()).toEqual([a.email, b.email].sort());
    const delivered = await outbox(event.id);
    expect(delivered.every((m) => m.sentAt !== null && m.attempts === 2 && m.lastError === null)).toBe(true);
    expect(await deliverOutbox(t.db, { transport: recording })).toMatchObject({ sent: 0 });
  });
});
