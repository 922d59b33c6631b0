// Оценка результатов квартала: only MINISTRY/ADMIN, only a quarter that has ended in the project's zone,
// with its corrective actions (empty rows dropped, every field checked), kept as a history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeProject, makeUser } from "../helpers/factories";
import { recordAssessment } from "../../lib/assessments/record-assessment";
import { listAssessments } from "../../lib/assessments/list-assessments";
import { closedQuarters } from "../../lib/assessments/closed-quarters";
import { assessmentSchema } from "../../lib/assessments/schemas";
import { fieldErrorsOf } from "../../lib/infra/validation/zod";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const form = (projectId: string, extra: Record<string, unknown> = {}) => ({
  projectId,
  year: "2026",
  quarter: "3",
  verdict: "partly",
  summary: "Мероприятия проведены, но охват категорий ниже плана.",
  "actions.0.text": "Провести два семинара для муниципальных служащих",
  "actions.0.owner": "Координатор Ярославской области",
  "actions.0.dueDate": "2026-12-20",
  "actions.1.text": "",
  "actions.1.owner": "",
  "actions.1.dueDate": "",
  ...extra,
});

describe("quarterly assessments", () => {
  it("the third quarter closes at midnight of 1 October in the project's zone (Moscow: 30.09 21:00 UTC)", () => {
    expect(closedQuarters(2026, "Europe/Moscow", new Date("2026-09-30T20:59:59Z"))).toEqual([1, 2]);
    expect(closedQuarters(2026, "Europe/Moscow", new Date("2026-09-30T21:00:00Z"))).toEqual([1, 2, 3]);
    expect(closedQuarters(2026, "Asia/Vladivostok", new Date("2026-09-30T14:00:00Z"))).toEqual([1, 2, 3]);
  });

  it("a ministry user records an assessment of a closed quarter with its actions; the history lists it", async () => {
    const { project } = await makeProject(t.db);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const input = assessmentSchema.parse(form(project.id));
    expect(input.actions).toHaveLength(1);
    const a = await recordAssessment(t.db, ministry, input, new Date("2026-10-01T00:00:00Z"));
    expect(a.actions.map((x) => [x.text, x.owner, x.dueDate.toISOString().slice(0, 10)])).toEqual([
      ["Провести два семинара для муниципальных служащих", "Координатор Ярославской области", "2026-12-20"],
    ]);
    const later = await recordAssessment(
      t.db,
      ministry,
      assessmentSchema.parse(
        form(project.id, { verdict: "met", "actions.0.text": "", "actions.0.owner": "", "actions.0.dueDate": "" }),
      ),
      new Date("2026-11-01T00:00:00Z"),
    );
    const history = await listAssessments(t.db, ministry, { projectId: project.id, year: 2026, page: 1 });
    expect(history.items.map((x) => x.id)).toEqual([later.id, a.id]);
    expect(history.items[0].author?.fullName).toBe((await t.db.user.findUniqueOrThrow({ where: { id: ministry.id } })).fullName);
    expect(await t.db.auditLog.count({ where: { entity: "QuarterAssessment", entityId: a.id } })).toBe(1);
  });

  it("refuses an open quarter, other roles, a half-filled action row and an impossible date — writing nothing", async () => {
    const { project, regions } = await makeProject(t.db);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [regions[0].id])).session;
    const count = () => t.db.quarterAssessment.count({ where: { projectId: project.id } });
    const input = assessmentSchema.parse(form(project.id));
    await expect(recordAssessment(t.db, ministry, input, new Date("2026-09-30T20:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { quarter: ["Квартал ещё не закончился"] },
    });
    await expect(recordAssessment(t.db, coordinator, input, new Date("2027-01-01"))).rejects.toMatchObject({ code: "FORBIDDEN" });

    const half = assessmentSchema.safeParse(form(project.id, { "actions.1.text": "Обновить план мероприятий" }));
    expect(half.success).toBe(false);
    expect(fieldErrorsOf(half.error!)).toMatchObject({
      "actions.1.owner": ["Укажите ответственного"],
      "actions.1.dueDate": ["Укажите срок"],
    });
    const badDate = assessmentSchema.parse(form(project.id, { "actions.0.dueDate": "2026-02-30" }));
    await expect(recordAssessment(t.db, ministry, badDate, new Date("2027-01-01"))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "actions.0.dueDate": ["Такой даты нет в календаре"] },
    });
    expect(await count()).toBe(0);
  });
});
