// 152-ФЗ: anonymising a participant who is in the personnel reserve erases what the reserve holds about
// them in free text and files, but keeps the candidate's lifecycle and plan, so the reserve's figures stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { buildWorld } from "../helpers/authorization-world";
import { reserveIn } from "../helpers/reserve-world";
import { anonymizeParticipant } from "../../lib/personal-data/anonymize-participant";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("anonymising a reserve member", () => {
  it("erases diagnostics, reports, comments and notes; keeps the candidate, plan items and status", async () => {
    const w = await buildWorld(t.db);
    const r = await reserveIn(w, "own");
    await t.db.reserveDiagnostic.create({
      data: {
        candidateId: r.candidate.id,
        method: "Тест Белбина",
        heldOn: new Date("2026-10-01"),
        summary: "Выраженный лидер, тревожность",
      },
    });
    await t.db.developmentPlanItem.update({
      where: { id: r.item.id },
      data: { memberReport: "Был на семинаре с коллегой Ивановым", mentorComment: "Хорошо" },
    });
    await t.db.developmentPlan.update({ where: { id: r.plan.id }, data: { report: "Годовой отчёт с подробностями" } });

    const before = await t.db.reserveCandidate.findUniqueOrThrow({ where: { id: r.candidate.id } });
    await anonymizeParticipant(t.db, w.users.ADMIN, w.member.id);

    expect(await t.db.reserveDiagnostic.count({ where: { candidateId: r.candidate.id } })).toBe(0);
    expect(await t.db.developmentPlanItem.findUniqueOrThrow({ where: { id: r.item.id } })).toMatchObject({
      memberReport: null,
      mentorComment: null,
      title: r.item.title,
    });
    expect(await t.db.developmentPlan.findUniqueOrThrow({ where: { id: r.plan.id } })).toMatchObject({ report: null });
    expect(await t.db.reserveCandidate.findUniqueOrThrow({ where: { id: r.candidate.id } })).toMatchObject({
      status: before.status,
    });
  });
});
