// A coordinator of one region cannot change another region's event, even by crafting the request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { updateEvent } from "../../lib/events/update-event";
import { getEventForEdit } from "../../lib/events/get-event";
import { eventFormSchema } from "../../lib/events/schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const form = (directionId: string, extra: Record<string, string> = {}) =>
  eventFormSchema.parse({
    title: "Новое название",
    format: "seminar",
    directionId,
    startsAt: "2026-12-11T10:00",
    endsAt: "2026-12-11T12:30",
    capacity: "40",
    ...extra,
  });

describe("event editing is scoped to the coordinator's regions", () => {
  it("own region: saved in the region's time zone and audited; other region: refused, nothing changed", async () => {
    const { project, regions, direction } = await makeProject(t.db);
    const [yar, kos] = regions;
    const own = await makeEvent(t.db, project.id, yar.id, direction.id);
    const foreign = await makeEvent(t.db, project.id, kos.id, direction.id);
    const coordinator = await makeUser(t.db, "COORDINATOR", [yar.id]);

    const saved = await updateEvent(t.db, coordinator.session, { ...form(direction.id), id: own.id });
    expect(saved.title).toBe("Новое название");
    expect(saved.startsAt.toISOString()).toBe("2026-12-11T07:00:00.000Z"); // 10:00 Moscow = 07:00 UTC
    expect(await t.db.auditLog.count({ where: { entity: "Event", entityId: own.id, userId: coordinator.user.id } })).toBe(1);

    await expect(updateEvent(t.db, coordinator.session, { ...form(direction.id), id: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getEventForEdit(t.db, coordinator.session, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe(foreign.title);
  });

  it("participants, experts and ministry cannot edit any event; an admin can edit all", async () => {
    const { project, regions, direction } = await makeProject(t.db);
    const event = await makeEvent(t.db, project.id, regions[1].id, direction.id);
    for (const role of ["PARTICIPANT", "EXPERT", "MINISTRY"] as const) {
      const { session } = await makeUser(t.db, role);
      await expect(updateEvent(t.db, session, { ...form(direction.id), id: event.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const admin = await makeUser(t.db, "ADMIN");
    await expect(updateEvent(t.db, admin.session, { ...form(direction.id), id: event.id })).resolves.toMatchObject({
      title: "Новое название",
    });
  });

  it("capacity below the registered count is refused beside the field", async () => {
    const { project, regions, direction, category } = await makeProject(t.db);
    const event = await makeEvent(t.db, project.id, regions[0].id, direction.id, { capacity: 5 });
    for (let i = 0; i < 3; i++) {
      const p = await t.db.participant.create({
        data: {
          projectId: project.id,
          code: `P${i}`,
          fullName: `Участник ${i}`,
          categoryId: category.id,
          regionId: regions[0].id,
        },
      });
      await t.db.registration.create({ data: { eventId: event.id, participantId: p.id, status: "registered" } });
    }
    const admin = await makeUser(t.db, "ADMIN");
    await expect(
      updateEvent(t.db, admin.session, { ...form(direction.id, { capacity: "2" }), id: event.id }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { capacity: ["Уже зарегистрировано 3: вместимость не может быть меньше"] },
    });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).capacity).toBe(5);
  });

  it("an end before the start is refused by the shared schema", () => {
    const result = eventFormSchema.safeParse({
      title: "Семинар",
      format: "seminar",
      directionId: "d",
      startsAt: "2026-12-11T10:00",
      endsAt: "2026-12-11T09:00",
      capacity: "",
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ["endsAt"], message: "Окончание не может быть раньше начала" });
  });
});
