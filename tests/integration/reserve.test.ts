// Кадровый резерв: the lifecycle table (illegal moves refused), inclusion with decision and capacity, plan
// progress, the member's own view, competency profile, weighted competition scoring and ranking, and who
// sees whom (a member only themselves, a juror only assigned people, a coordinator only own regions).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import type { SessionUser } from "../../lib/auth/permissions";
import { saveReserve } from "../../lib/reserve/save-reserve";
import { nominateCandidate } from "../../lib/reserve/nominate-candidate";
import { transitionCandidate } from "../../lib/reserve/transition-candidate";
import { getCandidateCard } from "../../lib/reserve/get-candidate-card";
import { getMyReserve } from "../../lib/reserve/get-my-reserve";
import { getReserve } from "../../lib/reserve/get-reserve";
import { RESERVE_STATUSES, TRANSITIONS } from "../../lib/reserve/lifecycle";
import { reserveSchema, transitionSchema, planItemSchema, competencySchema } from "../../lib/reserve/schemas";
import { createPlan } from "../../lib/reserve/plans/create-plan";
import { addPlanItem } from "../../lib/reserve/plans/add-plan-item";
import { completePlanItem } from "../../lib/reserve/plans/complete-plan-item";
import { registerFromPlan } from "../../lib/reserve/plans/register-from-plan";
import { assignMentor } from "../../lib/reserve/assign-mentor";
import { commentPlanItem } from "../../lib/reserve/plans/comment-plan-item";
import { saveCompetency } from "../../lib/reserve/competencies/save-competency";
import { assessCompetency } from "../../lib/reserve/competencies/assess-competency";
import { getReserveDeficits } from "../../lib/reserve/competencies/get-reserve-deficits";
import { addDiagnostic } from "../../lib/reserve/add-diagnostic";
import { createCompetition } from "../../lib/reserve/competition/create-competition";
import { addStage } from "../../lib/reserve/competition/add-stage";
import { addCriterion } from "../../lib/reserve/competition/add-criterion";
import { enterCandidate } from "../../lib/reserve/competition/enter-candidate";
import { assignJuror } from "../../lib/reserve/competition/assign-juror";
import { scoreEntry } from "../../lib/reserve/competition/score-entry";
import { recordConflict } from "../../lib/reserve/competition/record-conflict";
import { closeStage } from "../../lib/reserve/competition/close-stage";
import { stageRanking } from "../../lib/reserve/competition/stage-ranking";
import { listJuryEntries } from "../../lib/reserve/competition/list-jury-entries";
import { getReserveDashboard } from "../../lib/reserve/get-reserve-dashboard";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function setup(capacity = 5, people = 3) {
  const ctx = await makeProject(t.db);
  const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const otherCoordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
  const admin = (await makeUser(t.db, "ADMIN")).session;
  const members = await makeParticipants(t.db, people, ctx);
  const reserve = await saveReserve(
    t.db,
    coordinator,
    reserveSchema.parse({
      projectId: ctx.project.id,
      regionId: ctx.regions[0].id,
      code: `R-${ctx.project.code}`,
      targetPosition: "Руководитель общеобразовательной организации",
      capacity: String(capacity),
      termMonths: "36",
    }),
  );
  const candidates = [];
  for (const m of members) {
    const p = await t.db.participant.findFirstOrThrow({ where: { userId: m.id } });
    candidates.push(
      await nominateCandidate(t.db, coordinator, {
        reserveId: reserve.id,
        participantCode: p.code,
        source: "employer",
        reason: null,
      }),
    );
  }
  return { ctx, coordinator, otherCoordinator, admin, members, reserve, candidates };
}

const move = (user: SessionUser, candidateId: string, raw: Record<string, string>) =>
  transitionCandidate(t.db, user, transitionSchema.parse({ candidateId, ...raw }));

async function include(user: SessionUser, candidateId: string) {
  await move(user, candidateId, { to: "documents_checked" });
  await move(user, candidateId, { to: "assessed" });
  return move(user, candidateId, { to: "included", decisionNumber: "12-р", decisionDate: "2026-03-01" });
}

async function expertUser(projectId: string) {
  const u = await makeUser(t.db, "EXPERT");
  const expert = await t.db.expert.create({
    data: { projectId, code: `E-${u.user.id}`, fullName: u.user.fullName, userId: u.user.id },
  });
  return { session: u.session, expert };
}

describe("the lifecycle", () => {
  it("follows the table: every illegal move is refused and leaves no trace", async () => {
    for (const from of RESERVE_STATUSES) {
      for (const to of RESERVE_STATUSES) {
        const { coordinator, candidates } = await setup(5, 1);
        const c = candidates[0];
        await t.db.reserveCandidate.update({ where: { id: c.id }, data: { status: from } });
        const raw = {
          to,
          decisionNumber: "1",
          decisionDate: "2026-01-10",
          appointedPosition: "Директор школы № 5",
          appointedAt: "2026-06-01",
          exclusionReason: "moved",
        };
        const attempt = move(coordinator, c.id, raw);
        if (TRANSITIONS[from].includes(to)) {
          await expect(attempt).resolves.toMatchObject({ status: to });
        } else {
          await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
          expect((await t.db.reserveCandidate.findUniqueOrThrow({ where: { id: c.id } })).status).toBe(from);
        }
      }
    }
  }, 240_000);

  it("keeps the full history: who, from, to, why, with the decision and the term", async () => {
    const { coordinator, candidates } = await setup();
    const c = candidates[0];
    await include(coordinator, c.id);
    const row = await t.db.reserveCandidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ status: "included", decisionNumber: "12-р" });
    expect(row.termEndsAt!.toISOString().slice(0, 10)).toBe("2029-03-01");
    await move(coordinator, c.id, {
      to: "appointed",
      appointedPosition: "Директор ГБОУ СОШ № 376",
      appointedAt: "2026-09-01",
      reason: "Приказ 45-к",
    });
    const history = await t.db.reserveStatusChange.findMany({ where: { candidateId: c.id }, orderBy: { at: "asc" } });
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, "nominated"],
      ["nominated", "documents_checked"],
      ["documents_checked", "assessed"],
      ["assessed", "included"],
      ["included", "appointed"],
    ]);
    expect(history.every((h) => h.actorId === coordinator.id)).toBe(true);
    expect(history.at(-1)).toMatchObject({ reason: "Приказ 45-к" });
    await expect(move(coordinator, c.id, { to: "excluded", exclusionReason: "moved" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("requires the decision, the position, the reason from the list — beside the fields", () => {
    const bad = transitionSchema.safeParse({ candidateId: "x", to: "included" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["decisionNumber", "decisionDate"]));
    expect(transitionSchema.safeParse({ candidateId: "x", to: "excluded", exclusionReason: "bored" }).success).toBe(false);
    expect(transitionSchema.safeParse({ candidateId: "x", to: "appointed" }).error!.issues.map((i) => i.message)).toContain(
      "Укажите должность",
    );
  });

  it("refuses inclusion beyond the capacity, and another region's coordinator", async () => {
    const { coordinator, otherCoordinator, candidates } = await setup(1, 2);
    await include(coordinator, candidates[0].id);
    await move(coordinator, candidates[1].id, { to: "documents_checked" });
    await move(coordinator, candidates[1].id, { to: "assessed" });
    await expect(
      move(coordinator, candidates[1].id, { to: "included", decisionNumber: "2", decisionDate: "2026-03-02" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "В резерве нет свободных мест: 1 из 1",
    });
    await expect(move(otherCoordinator, candidates[1].id, { to: "excluded", exclusionReason: "declined" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("warns about terms ending within 90 days", async () => {
    const { coordinator, reserve, candidates } = await setup();
    await include(coordinator, candidates[0].id);
    const soon = await getReserve(t.db, coordinator, reserve.id, { page: 1 }, new Date("2029-01-15T00:00:00Z"));
    expect(soon.expiring).toHaveLength(1);
    expect(soon.expiring[0].expired).toBe(false);
    const early = await getReserve(t.db, coordinator, reserve.id, { page: 1 }, new Date("2027-01-15T00:00:00Z"));
    expect(early.expiring).toHaveLength(0);
  });
});

describe("the development plan", () => {
  it("progress counts done items out of those not cancelled; the member completes own items only", async () => {
    const { ctx, coordinator, members, candidates } = await setup();
    const [me, other] = members;
    const c = candidates[0];
    await include(coordinator, c.id);
    const plan = await createPlan(t.db, coordinator, {
      candidateId: c.id,
      year: 2026,
      goals: "Подготовка к должности директора",
    });
    expect((await t.db.reserveCandidate.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("in_development");
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const items: { id: string }[] = [];
    for (const raw of [
      { kind: "event", title: "Мастер-класс", eventId: event.id, dueDate: "2026-12-10" },
      { kind: "internship", title: "Стажировка в школе № 376", dueDate: "2027-04-30" },
      { kind: "task", title: "Проект программы развития", dueDate: "2026-12-20" },
      { kind: "course", title: "Курс «Финансы ОО»", dueDate: "2026-12-25" },
    ]) {
      items.push(await addPlanItem(t.db, coordinator, planItemSchema.parse({ planId: plan.id, ...raw })));
    }
    await t.db.developmentPlanItem.update({ where: { id: items[3].id }, data: { status: "cancelled" } });

    await registerFromPlan(t.db, me, items[0].id, new Date("2026-11-25T09:00:00Z"));
    expect(await t.db.registration.count({ where: { eventId: event.id, participant: { userId: me.id } } })).toBe(1);

    await completePlanItem(t.db, me, {
      itemId: items[2].id,
      memberReport: "Программа написана",
      evidenceUrl: "https://example.ru/program.pdf",
    });
    await expect(
      completePlanItem(t.db, other, { itemId: items[1].id, memberReport: "чужой", evidenceUrl: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completePlanItem(t.db, me, { itemId: items[3].id, memberReport: "x", evidenceUrl: null })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );

    const [mine] = await getMyReserve(t.db, me);
    expect(mine.progress).toEqual({ total: 3, done: 1, percent: 33 });
    expect((await getMyReserve(t.db, other)).map((x) => x.id)).not.toContain(c.id);

    // the mentor comments own mentee's items; another expert can't
    const mentor = await expertUser(ctx.project.id);
    const stranger = await expertUser(ctx.project.id);
    await assignMentor(t.db, coordinator, {
      candidateId: c.id,
      expertCode: mentor.expert.code,
      goals: "Управление командой",
      startedOn: new Date("2026-03-10T00:00:00Z"),
    });
    await commentPlanItem(t.db, mentor.session, { itemId: items[2].id, comment: "Хорошая работа" });
    await expect(commentPlanItem(t.db, stranger.session, { itemId: items[2].id, comment: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const again = await getMyReserve(t.db, me);
    expect(again[0].mentor?.expert.fullName).toBe(mentor.expert.fullName);
    expect(again[0].plan?.items.find((i) => i.id === items[2].id)?.mentorComment).toBe("Хорошая работа");
  });

  it("a plan is only for members of the reserve", async () => {
    const { coordinator, candidates } = await setup();
    await expect(createPlan(t.db, coordinator, { candidateId: candidates[0].id, year: 2026, goals: "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("competencies and who sees what", () => {
  it("raters by role, the profile's deficits, the reserve's deficits; a member sees only own data, diagnostics only organizers", async () => {
    const { ctx, coordinator, admin, members, reserve, candidates } = await setup();
    const strategic = await saveCompetency(
      t.db,
      admin,
      competencySchema.parse({
        projectId: ctx.project.id,
        area: "Стратегическое управление",
        name: "Стратегическое мышление",
        levels: "1\n2\n3\n4",
      }),
    );
    const team = await saveCompetency(
      t.db,
      admin,
      competencySchema.parse({
        projectId: ctx.project.id,
        area: "Управление командой",
        name: "Развитие команды",
        levels: "1\n2\n3\n4\n5",
      }),
    );
    await expect(
      saveCompetency(
        t.db,
        coordinator,
        competencySchema.parse({ projectId: ctx.project.id, area: "a", name: "b", levels: "1\n2\n3\n4" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [me, other] = members;
    for (const c of candidates.slice(0, 2)) await include(coordinator, c.id);
    const mentor = await expertUser(ctx.project.id);
    await assignMentor(t.db, coordinator, {
      candidateId: candidates[0].id,
      expertCode: mentor.expert.code,
      goals: "",
      startedOn: new Date("2026-03-10T00:00:00Z"),
    });

    expect(
      (await assessCompetency(t.db, me, { candidateId: candidates[0].id, competencyId: strategic.id, level: 4, comment: null }))
        .rater,
    ).toBe("self");
    expect(
      (
        await assessCompetency(t.db, mentor.session, {
          candidateId: candidates[0].id,
          competencyId: strategic.id,
          level: 2,
          comment: null,
        })
      ).rater,
    ).toBe("mentor");
    expect(
      (
        await assessCompetency(t.db, coordinator, {
          candidateId: candidates[0].id,
          competencyId: strategic.id,
          level: 2,
          rater: "supervisor",
          comment: null,
        })
      ).rater,
    ).toBe("supervisor");
    await assessCompetency(t.db, coordinator, {
      candidateId: candidates[0].id,
      competencyId: team.id,
      level: 4,
      rater: "expert",
      comment: null,
    });
    await assessCompetency(t.db, coordinator, {
      candidateId: candidates[1].id,
      competencyId: strategic.id,
      level: 1,
      rater: "expert",
      comment: null,
    });
    await expect(
      assessCompetency(t.db, me, { candidateId: candidates[1].id, competencyId: strategic.id, level: 4, comment: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      assessCompetency(t.db, mentor.session, {
        candidateId: candidates[1].id,
        competencyId: strategic.id,
        level: 4,
        comment: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      assessCompetency(t.db, coordinator, { candidateId: candidates[0].id, competencyId: strategic.id, level: 5, comment: null }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    const [mine] = await getMyReserve(t.db, me);
    const s = mine.profile.find((p) => p.competencyId === strategic.id)!;
    expect(s).toMatchObject({ byRater: { self: 4, mentor: 2, supervisor: 2 }, others: 2, deficit: true });
    expect(mine.profile.find((p) => p.competencyId === team.id)).toMatchObject({ others: 4, deficit: false });

    const deficits = await getReserveDeficits(t.db, coordinator, reserve.id);
    expect(deficits.find((d) => d.competencyId === strategic.id)).toMatchObject({ assessed: 2, withDeficit: 2, mean: 1.5 });
    expect(deficits.find((d) => d.competencyId === team.id)).toMatchObject({ assessed: 1, withDeficit: 0, mean: 4 });

    // the card: a member can't open it (their own view is getMyReserve), another member's either
    await expect(getCandidateCard(t.db, other, candidates[0].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // diagnostics: organizers only, every read logged; the mentor sees the card without them
    await addDiagnostic(t.db, coordinator, {
      candidateId: candidates[0].id,
      method: "Тест Белбина",
      heldOn: new Date("2026-10-15T00:00:00Z"),
      summary: "Роль: координатор",
      fileUrl: null,
    });
    const card = await getCandidateCard(t.db, coordinator, candidates[0].id);
    expect(card.diagnostics).toHaveLength(1);
    const participantId = card.candidate.participant.id;
    expect(
      await t.db.personalDataAccess.count({ where: { subjectId: participantId, action: "view", userId: coordinator.id } }),
    ).toBe(1);
    const mentorView = await getCandidateCard(t.db, mentor.session, candidates[0].id);
    expect(mentorView.diagnostics).toBeNull();
    await expect(
      addDiagnostic(t.db, mentor.session, {
        candidateId: candidates[0].id,
        method: "x",
        heldOn: new Date(),
        summary: "x",
        fileUrl: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the competition", () => {
  it("weighted scores, ranks with ties, thresholds, conflicts, jurors see only assigned entries, final proposals", async () => {
    const { ctx, coordinator, reserve, candidates } = await setup(5, 3);
    for (const c of candidates) await move(coordinator, c.id, { to: "documents_checked" });
    const competition = await createCompetition(t.db, coordinator, {
      reserveId: reserve.id,
      title: "Управленцы будущего 2026",
      year: 2026,
    });
    const caseStage = await addStage(t.db, coordinator, { competitionId: competition.id, name: "Кейс", passThreshold: 50 });
    const final = await addStage(t.db, coordinator, { competitionId: competition.id, name: "Финал", passThreshold: 60 });
    // weights 3 and 1; maxima 10 and 5: only the weights decide how much a criterion counts
    const analysis = await addCriterion(t.db, coordinator, { stageId: caseStage.id, name: "Анализ", weight: 3, maxScore: 10 });
    const speech = await addCriterion(t.db, coordinator, { stageId: caseStage.id, name: "Презентация", weight: 1, maxScore: 5 });
    const vision = await addCriterion(t.db, coordinator, { stageId: final.id, name: "Видение", weight: 1, maxScore: 10 });
    const entries = [];
    for (const c of candidates)
      entries.push(await enterCandidate(t.db, coordinator, { competitionId: competition.id, candidateId: c.id }));
    const j1 = await expertUser(ctx.project.id);
    const j2 = await expertUser(ctx.project.id);
    for (const e of entries) await assignJuror(t.db, coordinator, { entryId: e.id, expertCode: j1.expert.code });
    await assignJuror(t.db, coordinator, { entryId: entries[0].id, expertCode: j2.expert.code });
    await assignJuror(t.db, coordinator, { entryId: entries[1].id, expertCode: j2.expert.code });

    const score = (j: SessionUser, entryId: string, stageId: string, values: Record<string, number>) =>
      scoreEntry(t.db, j, {
        entryId,
        stageId,
        scores: Object.fromEntries(Object.entries(values).map(([k, v]) => [`score_${k}`, String(v)])),
      });
    // entry 0: analysis mean (8+6)/2 = 7 → 0.7, speech mean (5+3)/2 = 4 → 0.8: (3·0.7 + 0.8)/4 = 72.5
    await score(j1.session, entries[0].id, caseStage.id, { [analysis.id]: 8, [speech.id]: 5 });
    await score(j2.session, entries[0].id, caseStage.id, { [analysis.id]: 6, [speech.id]: 3 });
    // entry 1: j1 0.9/0.2 → (2.7+0.2)/4 = 72.5 (tie); j2 declares a conflict: their 0s don't count
    await score(j1.session, entries[1].id, caseStage.id, { [analysis.id]: 9, [speech.id]: 1 });
    await score(j2.session, entries[1].id, caseStage.id, { [analysis.id]: 0, [speech.id]: 0 });
    await recordConflict(t.db, j2.session, { entryId: entries[1].id, reason: "Работает в одной школе" });
    await expect(score(j2.session, entries[1].id, caseStage.id, { [analysis.id]: 1, [speech.id]: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // entry 2: (3·0.4 + 0.4)/4 = 40 → below the threshold
    await score(j1.session, entries[2].id, caseStage.id, { [analysis.id]: 4, [speech.id]: 2 });
    // out-of-range and unassigned are refused
    await expect(score(j1.session, entries[2].id, caseStage.id, { [analysis.id]: 11, [speech.id]: 2 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(score(j2.session, entries[2].id, caseStage.id, { [analysis.id]: 1, [speech.id]: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const ranking = await stageRanking(t.db, caseStage.id);
    const byEntry = Object.fromEntries(ranking.map((r) => [r.entryId, r]));
    expect(byEntry[entries[0].id]).toMatchObject({ score: 72.5, rank: 1, passed: true, jurors: 2 });
    expect(byEntry[entries[1].id]).toMatchObject({ score: 72.5, rank: 1, passed: true, jurors: 1 });
    expect(byEntry[entries[2].id]).toMatchObject({ score: 40, rank: 3, passed: false });

    // juror access: j2 sees two entries (one with a conflict can't be scored), not the third person
    const j2List = await listJuryEntries(t.db, j2.session, 1);
    expect(j2List.items.map((a) => a.entryId).sort()).toEqual([entries[0].id, entries[1].id].sort());
    await expect(getCandidateCard(t.db, j2.session, candidates[2].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateCard(t.db, j2.session, candidates[1].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCandidateCard(t.db, j2.session, candidates[0].id)).candidate.id).toBe(candidates[0].id);

    await expect(closeStage(t.db, coordinator, final.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await closeStage(t.db, coordinator, caseStage.id);
    await expect(score(j1.session, entries[0].id, caseStage.id, { [analysis.id]: 1, [speech.id]: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // the eliminated entry can't be scored in the final
    await expect(score(j1.session, entries[2].id, final.id, { [vision.id]: 10 })).rejects.toMatchObject({ code: "CONFLICT" });
    await score(j1.session, entries[0].id, final.id, { [vision.id]: 9 });
    await score(j1.session, entries[1].id, final.id, { [vision.id]: 5 });
    const finalRanking = await closeStage(t.db, coordinator, final.id);
    expect(finalRanking.map((r) => [r.entryId, r.score, r.rank, r.passed])).toEqual([
      [entries[0].id, 90, 1, true],
      [entries[1].id, 50, 2, false],
    ]);
    const statuses = await t.db.reserveCandidate.findMany({ where: { id: { in: candidates.map((c) => c.id) } } });
    const status = (id: string) => statuses.find((s) => s.id === id)!.status;
    expect([status(candidates[0].id), status(candidates[1].id), status(candidates[2].id)]).toEqual([
      "assessed",
      "assessed",
      "documents_checked",
    ]);
    await expect(
      addStage(t.db, coordinator, { competitionId: competition.id, name: "Ещё", passThreshold: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const dashboard = await getReserveDashboard(t.db, coordinator, ctx.project.id, 2026);
    expect(dashboard.totals).toMatchObject({ competitionParticipants: 3 });
  });
});

describe("the dashboard", () => {
  it("size, inflow/outflow, plans, appointments and time to appointment per year; a coordinator sees own regions", async () => {
    const { ctx, coordinator, otherCoordinator, candidates } = await setup(5, 3);
    for (const c of candidates) await include(coordinator, c.id);
    await createPlan(t.db, coordinator, { candidateId: candidates[0].id, year: 2026, goals: "" });
    await move(coordinator, candidates[1].id, { to: "appointed", appointedPosition: "Директор", appointedAt: "2026-06-29" });
    await move(coordinator, candidates[2].id, { to: "excluded", exclusionReason: "declined" });
    const d = await getReserveDashboard(t.db, coordinator, ctx.project.id, 2026);
    expect(d.reserves).toHaveLength(1);
    expect(d.reserves[0]).toMatchObject({
      capacity: 5,
      members: 1,
      inflow: 3,
      withPlan: 1,
      planCompletion: 0,
      appointedThisYear: 1,
    });
    expect(d.totals).toMatchObject({ appointedThisYear: 1, avgDaysToAppointment: 120 });
    expect((await getReserveDashboard(t.db, coordinator, ctx.project.id, 2030)).totals).toMatchObject({
      inflow: 0,
      withPlan: 0,
      appointedThisYear: 0,
    });
    expect((await getReserveDashboard(t.db, otherCoordinator, ctx.project.id, 2026)).reserves).toHaveLength(0);
  });
});
