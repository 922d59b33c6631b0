// Ответственный координатор пункта поручения (chosen among the region's coordinators, by the federal
// centre or the region itself, audited) and deleting roadmap milestones (ADMIN/MINISTRY only, audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeProject, makeUser } from "../helpers/factories";
import { scheduleMeetings } from "../../lib/protocols/schedule-meetings";
import { writeProtocol } from "../../lib/protocols/write-protocol";
import { setResponsible } from "../../lib/protocols/set-responsible";
import { listRegionCoordinators } from "../../lib/protocols/list-region-coordinators";
import { meetingSchema, protocolSchema, responsibleSchema } from "../../lib/protocols/schemas";
import { saveMilestone } from "../../lib/roadmap/save-milestone";
import { deleteMilestone } from "../../lib/roadmap/delete-milestone";
import { milestoneSchema } from "../../lib/roadmap/schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("the responsible coordinator", () => {
  it("is one of the region's coordinators, chosen by the federal centre or the region, never by another region", async () => {
    const ctx = await makeProject(t.db);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const firstUser = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
    const secondUser = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
    const stranger = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    const [meetingId] = await scheduleMeetings(
      t.db,
      ministry,
      meetingSchema.parse({ projectId: ctx.project.id, title: "Совещание", startsAt: "2026-11-04T10:00", weeks: "1" }),
    );
    const [assignment] = await writeProtocol(
      t.db,
      ministry,
      protocolSchema.parse({
        meetingId,
        protocolNumber: "3",
        protocolDate: "2026-11-04",
        decisions: "Поручить регионам",
        "assignments.0.text": "Провести стратегическую сессию",
        "assignments.0.regionIds": [ctx.regions[0].id],
        "assignments.0.dueDate": "2026-12-01",
      }),
    );
    const itemId = assignment.items[0].id;
    expect((await listRegionCoordinators(t.db, ministry, ctx.regions[0].id)).map((c) => c.id).sort()).toEqual(
      [firstUser.id, secondUser.id].sort(),
    );
    // the list is for whoever may choose the responsible person there: not another region's coordinator
    await expect(listRegionCoordinators(t.db, stranger, ctx.regions[0].id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRegionCoordinators(t.db, null, ctx.regions[0].id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // the protocol made the first coordinator by name responsible; the ministry picks the other one
    const initial = assignment.items[0].responsibleId;
    expect([firstUser.id, secondUser.id]).toContain(initial);
    const [first, second] = initial === firstUser.id ? [firstUser, secondUser] : [secondUser, firstUser];
    const chosen = await setResponsible(t.db, ministry, responsibleSchema.parse({ itemId, responsibleId: second.id }));
    expect(chosen.responsibleId).toBe(second.id);
    expect(await t.db.outboxMessage.count({ where: { userId: second.id, kind: "assignment_responsible" } })).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "AssignmentItem", entityId: itemId, userId: ministry.id },
    });
    expect(audit).toMatchObject({ action: "update" });

    // the region's own coordinator may reassign; nobody may pick another region's coordinator
    await expect(setResponsible(t.db, first, { itemId, responsibleId: first.id })).resolves.toMatchObject({
      responsibleId: first.id,
    });
    await expect(setResponsible(t.db, ministry, { itemId, responsibleId: stranger.id })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { responsibleId: ["Выберите координатора этого региона"] },
    });
    await expect(setResponsible(t.db, stranger, { itemId, responsibleId: stranger.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const participant = (await makeUser(t.db, "PARTICIPANT")).session;
    await expect(setResponsible(t.db, participant, { itemId, responsibleId: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await t.db.assignmentItem.findUniqueOrThrow({ where: { id: itemId } })).responsibleId).toBe(first.id);

    await setResponsible(t.db, ministry, { itemId, responsibleId: "" });
    expect((await t.db.assignmentItem.findUniqueOrThrow({ where: { id: itemId } })).responsibleId).toBeNull();
  });
});

describe("deleting a milestone", () => {
  it("is for the federal centre only, within the project, and stays in the audit log", async () => {
    const ctx = await makeProject(t.db);
    const other = await makeProject(t.db);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
    const milestone = await saveMilestone(
      t.db,
      ministry,
      milestoneSchema.parse({
        projectId: ctx.project.id,
        title: "Стратегическая сессия",
        owner: "Минпросвещения",
        dueDate: "2026-12-15",
        progress: "10",
      }),
    );
    await expect(deleteMilestone(t.db, coordinator, { id: milestone.id, projectId: ctx.project.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(deleteMilestone(t.db, ministry, { id: milestone.id, projectId: other.project.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.roadmapMilestone.count({ where: { id: milestone.id } })).toBe(1);

    await deleteMilestone(t.db, ministry, { id: milestone.id, projectId: ctx.project.id });
    expect(await t.db.roadmapMilestone.count({ where: { id: milestone.id } })).toBe(0);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "RoadmapMilestone", entityId: milestone.id, action: "delete" },
    });
    expect(audit.userId).toBe(ministry.id);
    expect(audit.before).toMatchObject({ title: "Стратегическая сессия", owner: "Минпросвещения" });
  });
});
