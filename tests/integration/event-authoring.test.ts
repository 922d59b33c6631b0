// Organizers create, warn, cancel, mark held, copy and repeat events — scoped to their regions, all-or-nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { createEvent } from "../../lib/events/create-event";
import { updateEvent } from "../../lib/events/update-event";
import { cancelEvent } from "../../lib/events/cancel-event";
import { markEventHeld } from "../../lib/events/mark-event-held";
import { copyEvent } from "../../lib/events/copy-event";
import { createEventSeries } from "../../lib/events/create-event-series";
import { createEventSchema, updateEventSchema } from "../../lib/events/schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function setup() {
  const ref = await makeProject(t.db);
  const [yar, kos] = ref.regions;
  const coordinator = await makeUser(t.db, "COORDINATOR", [yar.id]);
  const expert = await t.db.expert.create({
    data: { projectId: ref.project.id, code: `E-${yar.id}`, fullName: "Иванова Мария Петровна" },
  });
  return { ...ref, yar, kos, coordinator, expert };
}

const raw = (regionId: string, directionId: string, extra: Record<string, unknown> = {}) => ({
  title: "Семинар по цифровизации",
  format: "seminar",
  directionId,
  regionId,
  startsAt: "2026-06-10T10:00",
  endsAt: "2026-06-10T12:00",
  capacity: "20",
  ...extra,
});
const createForm = (regionId: string, directionId: string, extra: Record<string, unknown> = {}) =>
  createEventSchema.parse(raw(regionId, directionId, extra));

const eventCount = (projectId: string) => t.db.event.count({ where: { projectId } });

describe("creating events", () => {
  it("in an own region: code, time zone, targets, experts and audit; in another region: FORBIDDEN, nothing saved", async () => {
    const { project, direction, category, yar, kos, coordinator, expert } = await setup();
    const input = createForm(yar.id, direction.id, {
      registrationDeadline: "2026-06-09T18:00",
      requiresApproval: "on",
      targetCategoryIds: category.id,
      expertIds: [expert.id],
      venue: "Дом правительства",
    });
    const event = await createEvent(t.db, coordinator.session, { ...input, projectId: project.id });
    expect(event.code).toMatch(/^EV-20260610-[0-9A-F]{6}$/);
    expect(event.startsAt.toISOString()).toBe("2026-06-10T07:00:00.000Z");
    expect(event.registrationDeadline?.toISOString()).toBe("2026-06-09T15:00:00.000Z");
    expect(event).toMatchObject({
      requiresApproval: true,
      status: "planned",
      regionId: yar.id,
      targetCategories: [{ categoryId: category.id }],
    });
    expect(event.experts).toEqual([{ expertId: expert.id, role: "speaker" }]);
    expect(await t.db.auditLog.count({ where: { entity: "Event", entityId: event.id, action: "create" } })).toBe(1);

    await expect(
      createEvent(t.db, coordinator.session, { ...createForm(kos.id, direction.id), projectId: project.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const participant = await makeUser(t.db, "PARTICIPANT");
    await expect(
      createEvent(t.db, participant.session, { ...createForm(yar.id, direction.id), projectId: project.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await eventCount(project.id)).toBe(1);
  });

  it("a deadline after the start and foreign references are refused beside the field, nothing saved", async () => {
    const { project, direction, yar, coordinator } = await setup();
    expect(
      createEventSchema.safeParse(raw(yar.id, direction.id, { registrationDeadline: "2026-06-11T10:00" })).error?.issues[0].path,
    ).toEqual(["registrationDeadline"]);
    const other = await makeProject(t.db);
    await expect(
      createEvent(t.db, coordinator.session, {
        ...createForm(yar.id, direction.id, { targetCategoryIds: [other.category.id] }),
        projectId: project.id,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { targetCategoryIds: ["Выберите категории из списка"] } });
    expect(await eventCount(project.id)).toBe(0);
  });
});

describe("conflict warnings", () => {
  it("the same expert in overlapping events: warned, saved only once confirmed; not when the times don't overlap", async () => {
    const { project, direction, yar, kos, expert } = await setup();
    const admin = await makeUser(t.db, "ADMIN");
    await createEvent(t.db, admin.session, {
      ...createForm(kos.id, direction.id, { expertIds: [expert.id] }),
      projectId: project.id,
    });
    const overlapping = createForm(yar.id, direction.id, {
      expertIds: [expert.id],
      startsAt: "2026-06-10T11:00",
      endsAt: "2026-06-10T13:00",
    });
    const err = await createEvent(t.db, admin.session, { ...overlapping, projectId: project.id }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT", conflicts: [{ kind: "expert", expertId: expert.id }] });
    expect(err.conflicts[0].message).toContain("Иванова Мария Петровна");
    expect(await eventCount(project.id)).toBe(1);

    await createEvent(t.db, admin.session, { ...overlapping, confirmWarnings: true, projectId: project.id });
    expect(await eventCount(project.id)).toBe(2);
    // back to back (ends at 10:00 when the other starts) is not an overlap
    const adjacent = createForm(yar.id, direction.id, {
      expertIds: [expert.id],
      startsAt: "2026-06-10T08:00",
      endsAt: "2026-06-10T10:00",
    });
    await expect(createEvent(t.db, admin.session, { ...adjacent, projectId: project.id })).resolves.toMatchObject({
      status: "planned",
    });
  });

  it("the same venue and address (case and spaces ignored) overlapping; other venues, regions or times are fine", async () => {
    const { project, direction, yar, kos, coordinator } = await setup();
    const place = { venue: "Дом правительства", address: "Ярославль, Советская пл., 3" };
    await createEvent(t.db, coordinator.session, { ...createForm(yar.id, direction.id, place), projectId: project.id });
    const same = createForm(yar.id, direction.id, {
      venue: "  дом ПРАВИТЕЛЬСТВА ",
      address: "ярославль, советская пл., 3",
      startsAt: "2026-06-10T11:30",
      endsAt: "2026-06-10T14:00",
    });
    await expect(createEvent(t.db, coordinator.session, { ...same, projectId: project.id })).rejects.toMatchObject({
      conflicts: [{ kind: "venue" }],
    });
    const otherPlace = { ...same, venue: "Технопарк" };
    await expect(createEvent(t.db, coordinator.session, { ...otherPlace, projectId: project.id })).resolves.toBeTruthy();
    const later = { ...createForm(yar.id, direction.id, { ...place, startsAt: "2026-06-10T12:00", endsAt: "2026-06-10T13:00" }) };
    await expect(createEvent(t.db, coordinator.session, { ...later, projectId: project.id })).resolves.toBeTruthy();
    // a venue is a place in one region: the same name in another region at the same time is fine
    const admin = await makeUser(t.db, "ADMIN");
    const elsewhere = createForm(kos.id, direction.id, { ...place, startsAt: "2026-06-10T11:30", endsAt: "2026-06-10T14:00" });
    await expect(createEvent(t.db, admin.session, { ...elsewhere, projectId: project.id })).resolves.toBeTruthy();
    // an event with no place never conflicts on the venue
    await expect(
      createEvent(t.db, coordinator.session, { ...createForm(yar.id, direction.id), projectId: project.id }),
    ).resolves.toBeTruthy();
    await expect(
      createEvent(t.db, coordinator.session, { ...createForm(yar.id, direction.id), projectId: project.id }),
    ).resolves.toBeTruthy();
  });

  it("a start outside the project year in the project's zone; editing gets the same gate and keeps data on refusal", async () => {
    const { project, direction, yar, coordinator } = await setup();
    // 31.12.2026 23:30 Moscow is inside 2026 although it is 20:30 UTC… and 01.01.2027 00:30 Moscow is outside
    await expect(
      createEvent(t.db, coordinator.session, {
        ...createForm(yar.id, direction.id, { startsAt: "2026-12-31T23:30", endsAt: "2026-12-31T23:50" }),
        projectId: project.id,
      }),
    ).resolves.toBeTruthy();
    const outsideRaw = raw(yar.id, direction.id, { startsAt: "2027-01-01T00:30", endsAt: "2027-01-01T02:00" });
    const outside = createEventSchema.parse(outsideRaw);
    await expect(createEvent(t.db, coordinator.session, { ...outside, projectId: project.id })).rejects.toMatchObject({
      conflicts: [{ kind: "outside-year" }],
    });

    const event = await makeEvent(t.db, project.id, yar.id, direction.id);
    const edit = updateEventSchema.parse({ ...outsideRaw, id: event.id });
    await expect(updateEvent(t.db, coordinator.session, edit)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).startsAt).toEqual(event.startsAt);
    const saved = await updateEvent(t.db, coordinator.session, { ...edit, confirmWarnings: true });
    expect(saved.startsAt.toISOString()).toBe("2026-12-31T21:30:00.000Z");
  });
});

describe("cancelling and marking held", () => {
  it("cancel needs a reason of 5+ characters and is scoped to the coordinator's regions", async () => {
    const { project, direction, yar, kos, coordinator } = await setup();
    const own = await makeEvent(t.db, project.id, yar.id, direction.id);
    const foreign = await makeEvent(t.db, project.id, kos.id, direction.id);
    await expect(cancelEvent(t.db, coordinator.session, { id: own.id, cancelReason: " нет " })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { cancelReason: ["Причина отмены — не короче 5 символов"] },
    });
    await expect(
      cancelEvent(t.db, coordinator.session, { id: foreign.id, cancelReason: "Болезнь лектора" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("planned");

    const cancelled = await cancelEvent(t.db, coordinator.session, { id: own.id, cancelReason: "  Болезнь лектора " });
    expect(cancelled).toMatchObject({ status: "cancelled", cancelReason: "Болезнь лектора" });
    expect(await t.db.auditLog.count({ where: { entity: "Event", entityId: own.id } })).toBe(1);
    await expect(cancelEvent(t.db, coordinator.session, { id: own.id, cancelReason: "Ещё раз отменить" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(markEventHeld(t.db, coordinator.session, own.id, new Date("2027-01-01T00:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("mark held: refused before the start and for other regions, done after the start", async () => {
    const { project, direction, yar, kos, coordinator } = await setup();
    const event = await makeEvent(t.db, project.id, yar.id, direction.id); // starts 2026-12-10T07:00Z
    const foreign = await makeEvent(t.db, project.id, kos.id, direction.id);
    await expect(markEventHeld(t.db, coordinator.session, event.id, new Date("2026-12-10T06:59:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(markEventHeld(t.db, coordinator.session, foreign.id, new Date("2027-01-01T00:00:00Z"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(markEventHeld(t.db, coordinator.session, event.id, new Date("2026-12-10T07:00:00Z"))).resolves.toMatchObject({
      status: "held",
    });
    expect(await t.db.auditLog.count({ where: { entity: "Event", entityId: event.id } })).toBe(1);
  });
});

describe("copies and series", () => {
  it("a copy starts on the chosen date at the same local time with a new code and the same targets", async () => {
    const { project, direction, category, yar, kos, coordinator, expert } = await setup();
    const source = await createEvent(t.db, coordinator.session, {
      ...createForm(yar.id, direction.id, {
        targetCategoryIds: [category.id],
        expertIds: [expert.id],
        registrationDeadline: "2026-06-09T12:00",
      }),
      projectId: project.id,
    });
    const copy = await copyEvent(t.db, coordinator.session, { id: source.id, date: "2026-09-01", confirmWarnings: false });
    expect(copy.code).toMatch(/^EV-20260901-/);
    expect(copy.code).not.toBe(source.code);
    expect(copy.startsAt.toISOString()).toBe("2026-09-01T07:00:00.000Z");
    expect(copy.endsAt.toISOString()).toBe("2026-09-01T09:00:00.000Z");
    expect(copy.registrationDeadline?.toISOString()).toBe("2026-08-31T09:00:00.000Z");
    expect(copy).toMatchObject({
      status: "planned",
      title: source.title,
      regionId: yar.id,
      targetCategories: [{ categoryId: category.id }],
    });
    expect(copy.experts).toEqual([{ expertId: expert.id, role: "speaker" }]);
    // a copy on the same day overlaps the source's expert: a warning first
    await expect(
      copyEvent(t.db, coordinator.session, { id: source.id, date: "2026-06-10", confirmWarnings: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const foreign = await makeEvent(t.db, project.id, kos.id, direction.id);
    await expect(
      copyEvent(t.db, coordinator.session, { id: foreign.id, date: "2026-09-01", confirmWarnings: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await eventCount(project.id)).toBe(3);
  });

  it("a weekly series: N copies 7 days apart, unique codes, one audit entry each; all or nothing", async () => {
    const { project, direction, yar, coordinator } = await setup();
    const source = await createEvent(t.db, coordinator.session, {
      ...createForm(yar.id, direction.id, { startsAt: "2026-11-05T18:00", endsAt: "2026-11-05T19:30" }),
      projectId: project.id,
    });
    const series = await createEventSeries(t.db, coordinator.session, { id: source.id, count: 4, confirmWarnings: false });
    expect(series.map((e) => e.startsAt.toISOString())).toEqual([
      "2026-11-12T15:00:00.000Z",
      "2026-11-19T15:00:00.000Z",
      "2026-11-26T15:00:00.000Z",
      "2026-12-03T15:00:00.000Z",
    ]);
    expect(new Set([source.code, ...series.map((e) => e.code)]).size).toBe(5);
    expect(series[3].code).toMatch(/^EV-20261203-/);
    expect(
      await t.db.auditLog.count({ where: { entity: "Event", entityId: { in: series.map((e) => e.id) }, action: "create" } }),
    ).toBe(4);

    // 10 weeks from 05.11 reach 07.01 and 14.01.2027: the whole series waits for confirmation, nothing is written
    await expect(
      createEventSeries(t.db, coordinator.session, { id: source.id, count: 10, confirmWarnings: false }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      conflicts: [{ kind: "outside-year" }, { kind: "outside-year" }],
    });
    await expect(
      createEventSeries(t.db, coordinator.session, { id: source.id, count: 53, confirmWarnings: true }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await eventCount(project.id)).toBe(5);
  });
});
