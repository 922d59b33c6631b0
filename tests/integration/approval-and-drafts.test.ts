// Заявки и черновики: registration by the organizer's approval (pending → registered / wait-list /
// declined), drafts that only organizers see until published, and the experts' roles on an event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { cancelRegistration } from "../../lib/registrations/cancel-registration";
import { decideApplication } from "../../lib/registrations/decide-application";
import { listEventRegistrants } from "../../lib/registrations/list-event-registrants";
import { publishEvent } from "../../lib/events/publish-event";
import { getEvent } from "../../lib/events/get-event";
import { listEvents } from "../../lib/events/list-events";
import { listOpenEvents } from "../../lib/events/list-open-events";
import { markEventHeld } from "../../lib/events/mark-event-held";
import { createEvent } from "../../lib/events/create-event";
import { updateEvent } from "../../lib/events/update-event";
import { createEventSchema, updateEventSchema } from "../../lib/events/schemas";
import { exportBundle } from "../../lib/bundle/export-bundle";
import { importBundle } from "../../lib/bundle/import-bundle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const NOW = new Date("2026-11-25T09:00:00Z"); // the factory's event starts on 2026-12-10

async function setup(extra: Parameters<typeof makeEvent>[4] = {}) {
  const ctx = await makeProject(t.db);
  const [yar, kos] = ctx.regions;
  const event = await makeEvent(t.db, ctx.project.id, yar.id, ctx.direction.id, extra);
  const coordinator = await makeUser(t.db, "COORDINATOR", [yar.id]);
  const otherCoordinator = await makeUser(t.db, "COORDINATOR", [kos.id]);
  return { ctx, event, coordinator: coordinator.session, otherCoordinator: otherCoordinator.session };
}

const statusOf = async (id: string) => (await t.db.registration.findUniqueOrThrow({ where: { id } })).status;
const kindsFor = async (eventId: string, userId: string) =>
  (await t.db.outboxMessage.findMany({ where: { eventId, userId }, orderBy: { createdAt: "asc" } })).map((m) => m.kind);

describe("registration by approval", () => {
  it("an application takes no seat until approved; approval seats it or wait-lists it when full", async () => {
    const { ctx, event, coordinator } = await setup({ capacity: 1, requiresApproval: true });
    const [a, b] = await makeParticipants(t.db, 2, ctx);
    const first = await registerForEvent(t.db, a, event.id, NOW);
    const second = await registerForEvent(t.db, b, event.id, new Date(NOW.getTime() + 1000));
    expect([first.registration.status, second.registration.status]).toEqual(["pending", "pending"]);
    expect(first.position).toBeNull();
    // a retry of the application returns the same one
    expect((await registerForEvent(t.db, a, event.id, NOW)).registration.id).toBe(first.registration.id);
    expect(await t.db.registration.count({ where: { eventId: event.id, status: "registered" } })).toBe(0);

    const approvedB = await decideApplication(t.db, coordinator, second.registration.id, { decision: "approve" });
    expect(approvedB.registration.status).toBe("registered");
    const approvedA = await decideApplication(t.db, coordinator, first.registration.id, { decision: "approve" });
    expect(approvedA).toMatchObject({ registration: { status: "waitlisted" }, position: 1 });

    expect(await kindsFor(event.id, a.id)).toEqual(["application_received", "waitlisted"]);
    expect(await kindsFor(event.id, b.id)).toEqual(["application_received", "registration_confirmed"]);
    // a decided application can't be decided again
    await expect(
      decideApplication(t.db, coordinator, first.registration.id, { decision: "decline", reason: "Повторное решение" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // the seat holder cancels: the approved wait-listed applicant is promoted as usual
    const { promoted } = await cancelRegistration(t.db, b, event.id, NOW);
    expect(promoted?.id).toBe(first.registration.id);
  });

  it("a declined applicant is told the reason and can't apply again; a pending one may withdraw", async () => {
    const { ctx, event, coordinator } = await setup({ requiresApproval: true });
    const [a, b] = await makeParticipants(t.db, 2, ctx);
    const app = await registerForEvent(t.db, a, event.id, NOW);
    await decideApplication(t.db, coordinator, app.registration.id, { decision: "decline", reason: "Категория не подходит" });
    const stored = await t.db.registration.findUniqueOrThrow({ where: { id: app.registration.id } });
    expect(stored).toMatchObject({ status: "declined", declineReason: "Категория не подходит" });
    const message = await t.db.outboxMessage.findFirstOrThrow({
      where: { eventId: event.id, userId: a.id, kind: "application_declined" },
    });
    expect(message.body).toContain("Причина: Категория не подходит");
    await expect(registerForEvent(t.db, a, event.id, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(cancelRegistration(t.db, a, event.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statusOf(app.registration.id)).toBe("declined");

    const other = await registerForEvent(t.db, b, event.id, NOW);
    const withdrawn = await cancelRegistration(t.db, b, event.id, NOW);
    expect(withdrawn).toMatchObject({ previousStatus: "pending", promoted: null, cancelled: { status: "cancelled" } });
    await expect(decideApplication(t.db, coordinator, other.registration.id, { decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("only the coordinator of the event's region decides, and nothing changes otherwise", async () => {
    const { ctx, event, otherCoordinator } = await setup({ requiresApproval: true });
    const [a] = await makeParticipants(t.db, 1, ctx);
    const participantSession = a;
    const app = await registerForEvent(t.db, a, event.id, NOW);
    await expect(decideApplication(t.db, otherCoordinator, app.registration.id, { decision: "approve" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(decideApplication(t.db, participantSession, app.registration.id, { decision: "approve" })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(await statusOf(app.registration.id)).toBe("pending");
    expect(await t.db.auditLog.count({ where: { entity: "Registration", entityId: app.registration.id } })).toBe(1);
  });

  it("the registrants list puts applications first and counts them", async () => {
    const { ctx, event, coordinator } = await setup({ requiresApproval: true });
    const people = await makeParticipants(t.db, 3, ctx);
    const apps = [];
    for (const [i, p] of people.entries()) apps.push(await registerForEvent(t.db, p, event.id, new Date(NOW.getTime() + i)));
    await decideApplication(t.db, coordinator, apps[1].registration.id, { decision: "approve" });
    const { counts, page } = await listEventRegistrants(t.db, coordinator, event.id);
    expect(counts).toMatchObject({ pending: 2, registered: 1, waitlisted: 0, declined: 0 });
    expect(page.items.map((r) => r.status)).toEqual(["pending", "pending", "registered"]);
  });

  it("the bundle shows an application as wait-listed and a refusal as cancelled; importing it back keeps them", async () => {
    const { ctx, event, coordinator } = await setup({ requiresApproval: true });
    const [a, b] = await makeParticipants(t.db, 2, ctx);
    const pending = await registerForEvent(t.db, a, event.id, NOW);
    const declined = await registerForEvent(t.db, b, event.id, NOW);
    await decideApplication(t.db, coordinator, declined.registration.id, { decision: "decline", reason: "Нет мест в группе" });

    const bundle = JSON.parse(JSON.stringify(await exportBundle(t.db, ctx.project.code)));
    const statuses = Object.fromEntries(
      (bundle.registrations as { participantCode: string; status: string }[]).map((r) => [r.participantCode, r.status]),
    );
    expect(statuses).toEqual({ [`P-${a.id}`]: "waitlisted", [`P-${b.id}`]: "cancelled" });

    const result = await importBundle(t.db, bundle);
    expect(result.counts.registrations).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await statusOf(pending.registration.id)).toBe("pending");
    expect(await statusOf(declined.registration.id)).toBe("declined");
  });
});

describe("drafts", () => {
  it("a draft is seen only by its organizers, can't be registered for or marked held, and publishing opens it", async () => {
    const { ctx, event, coordinator, otherCoordinator } = await setup({ draft: true });
    const [a] = await makeParticipants(t.db, 1, ctx);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;

    await expect(getEvent(t.db, a, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvent(t.db, otherCoordinator, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getEvent(t.db, coordinator, event.id)).canManage).toBe(true);
    const listed = async (user: typeof a) => (await listEvents(t.db, user, { projectId: ctx.project.id, page: 1 })).total;
    expect([await listed(a), await listed(ministry), await listed(otherCoordinator), await listed(coordinator)]).toEqual([
      0, 0, 0, 1,
    ]);
    expect((await listOpenEvents(t.db, a, { projectId: ctx.project.id, page: 1, now: NOW })).total).toBe(0);
    await expect(registerForEvent(t.db, a, event.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markEventHeld(t.db, coordinator, event.id, new Date("2026-12-11T00:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await expect(publishEvent(t.db, otherCoordinator, event.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const published = await publishEvent(t.db, coordinator, event.id, NOW);
    expect(published.publishedAt?.toISOString()).toBe(NOW.toISOString());
    await expect(publishEvent(t.db, coordinator, event.id, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listed(a)).toBe(1);
    expect((await registerForEvent(t.db, a, event.id, NOW)).registration.status).toBe("registered");
  });

  it("the create form saves a draft unless «publish» is ticked; search still respects visibility", async () => {
    const { ctx, coordinator } = await setup();
    const [a] = await makeParticipants(t.db, 1, ctx);
    const form = (publish: boolean) =>
      createEventSchema.parse({
        title: `Черновик семинара ${publish}`,
        format: "seminar",
        directionId: ctx.direction.id,
        regionId: ctx.regions[0].id,
        startsAt: "2026-12-15T10:00",
        endsAt: "2026-12-15T12:00",
        ...(publish ? { publish: "on" } : {}),
      });
    const draft = await createEvent(t.db, coordinator, { ...form(false), projectId: ctx.project.id });
    const open = await createEvent(t.db, coordinator, { ...form(true), projectId: ctx.project.id });
    expect(draft.publishedAt).toBeNull();
    expect(open.publishedAt).not.toBeNull();
    const found = await listEvents(t.db, a, { projectId: ctx.project.id, page: 1, q: "Черновик семинара" });
    expect(found.items.map((e) => e.id)).toEqual([open.id]);
  });
});

describe("experts' roles", () => {
  it("are saved from the form, default to speaker, and an unknown role is a field error", async () => {
    const { ctx, event, coordinator } = await setup();
    const [first, second] = await Promise.all(
      ["Эксперт Один", "Эксперт Два"].map((fullName, i) =>
        t.db.expert.create({ data: { projectId: ctx.project.id, code: `E-${event.id}-${i}`, fullName } }),
      ),
    );
    const form = {
      id: event.id,
      title: event.title,
      format: event.format,
      directionId: ctx.direction.id,
      startsAt: "2026-12-10T10:00",
      endsAt: "2026-12-10T13:00",
      capacity: "30",
      expertIds: [first.id, second.id],
      expertRoles: [`${first.id}=moderator`],
      confirmWarnings: "on",
    };
    await updateEvent(t.db, coordinator, updateEventSchema.parse(form));
    const roles = await t.db.eventExpert.findMany({ where: { eventId: event.id }, orderBy: { expertId: "asc" } });
    expect(Object.fromEntries(roles.map((r) => [r.expertId, r.role]))).toEqual({
      [first.id]: "moderator",
      [second.id]: "speaker",
    });

    const bad = updateEventSchema.safeParse({ ...form, expertRoles: [`${first.id}=chairman`] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path[0]).toBe("expertRoles");
  });
});
