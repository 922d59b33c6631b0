// Кадровый резерв, part 2: mentoring (a mentor reaches only their mentees, a mentee rates only their own
// mentor, once a year, editable), mentor effectiveness against figures computed by hand, the cyclogram
// (template, idempotent generation, dates, status, reminders through the outbox), editing and cancelling plan
// items and their effect on progress, the curator's conclusion, self-nomination.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeParticipants, makeProject, makeUser } from "../helpers/factories";
import type { SessionUser } from "../../lib/auth/permissions";
import { saveReserve } from "../../lib/reserve/save-reserve";
import { nominateCandidate } from "../../lib/reserve/nominate-candidate";
import { transitionCandidate } from "../../lib/reserve/transition-candidate";
import { reserveSchema, transitionSchema, planItemSchema, editPlanItemSchema } from "../../lib/reserve/schemas";
import { assignMentor } from "../../lib/reserve/assign-mentor";
import { createPlan } from "../../lib/reserve/plans/create-plan";
import { addPlanItem } from "../../lib/reserve/plans/add-plan-item";
import { completePlanItem } from "../../lib/reserve/plans/complete-plan-item";
import { editPlanItem } from "../../lib/reserve/plans/edit-plan-item";
import { cancelPlanItem } from "../../lib/reserve/plans/cancel-plan-item";
import { submitPlanReport } from "../../lib/reserve/plans/submit-plan-report";
import { concludePlanReport } from "../../lib/reserve/plans/conclude-plan-report";
import { getMyReserve } from "../../lib/reserve/get-my-reserve";
import { getCandidateCard } from "../../lib/reserve/get-candidate-card";
import { nominateSelf } from "../../lib/reserve/nominate-self";
import { listSelfNominationReserves } from "../../lib/reserve/list-self-nomination-reserves";
import { meetingSchema, mentorRatingSchema } from "../../lib/reserve/mentoring/schemas";
import { logMentorMeeting } from "../../lib/reserve/mentoring/log-mentor-meeting";
import { rateMentor } from "../../lib/reserve/mentoring/rate-mentor";
import { listMyMentees } from "../../lib/reserve/mentoring/list-my-mentees";
import { getMentorEffectiveness } from "../../lib/reserve/mentoring/get-mentor-effectiveness";
import { endMentorPair } from "../../lib/reserve/mentoring/end-mentor-pair";
import { cycleDates } from "../../lib/infra/time/cycle-dates";
import { loadCyclogramTemplate } from "../../lib/reserve/cyclogram/load-cyclogram-template";
import { saveCyclogramActivity } from "../../lib/reserve/cyclogram/save-cyclogram-activity";
import { generateCyclogramYear } from "../../lib/reserve/cyclogram/generate-cyclogram-year";
import { listCyclogram } from "../../lib/reserve/cyclogram/list-cyclogram";
import { setCyclogramTaskDone } from "../../lib/reserve/cyclogram/set-cyclogram-task-done";
import { setCyclogramTaskOwner } from "../../lib/reserve/cyclogram/set-cyclogram-task-owner";
import { activitySchema } from "../../lib/reserve/cyclogram/schemas";
import { runReminderRound } from "../../lib/notifications/schedule-reminders";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const NOW = new Date("2026-11-20T09:00:00Z");

async function setup(people = 3) {
  const ctx = await makeProject(t.db);
  const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const otherCoordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
  const members = await makeParticipants(t.db, people, ctx);
  const reserve = await saveReserve(
    t.db,
    coordinator,
    reserveSchema.parse({
      projectId: ctx.project.id,
      regionId: ctx.regions[0].id,
      code: `R-${ctx.project.code}`,
      targetPosition: "Руководитель общеобразовательной организации",
      capacity: "35",
      termMonths: "36",
    }),
  );
  const candidates = [];
  for (const m of members) {
    const p = await t.db.participant.findFirstOrThrow({ where: { userId: m.id } });
    const c = await nominateCandidate(t.db, coordinator, {
      reserveId: reserve.id,
      participantCode: p.code,
      source: "employer",
      reason: null,
    });
    for (const to of ["documents_checked", "assessed"]) {
      await transitionCandidate(t.db, coordinator, transitionSchema.parse({ candidateId: c.id, to }));
    }
    await transitionCandidate(
      t.db,
      coordinator,
      transitionSchema.parse({ candidateId: c.id, to: "included", decisionNumber: "7-р", decisionDate: "2026-02-01" }),
    );
    candidates.push(c);
  }
  return { ctx, coordinator, otherCoordinator, members, reserve, candidates };
}

async function expertUser(projectId: string, fullName: string) {
  const u = await makeUser(t.db, "EXPERT");
  const expert = await t.db.expert.create({
    data: { projectId, code: `E-${u.user.id}`, fullName, userId: u.user.id },
  });
  return { session: u.session, expert };
}

const pair = (coordinator: SessionUser, candidateId: string, expertCode: string, startedOn = "2026-03-10") =>
  assignMentor(t.db, coordinator, { candidateId, expertCode, goals: "Управление командой", startedOn: day(startedOn) });

const meet = (mentor: SessionUser, pairId: string, heldOn: string, topic = "Встреча") =>
  logMentorMeeting(
    t.db,
    mentor,
    meetingSchema.parse({ pairId, heldOn, topic, notes: "Обсудили", nextSteps: "Подготовить план" }),
    NOW,
  );

async function planWith(coordinator: SessionUser, candidateId: string, items: number) {
  const plan = await createPlan(t.db, coordinator, { candidateId, year: 2026, goals: "" });
  const made = [];
  for (let i = 0; i < items; i++) {
    made.push(
      await addPlanItem(
        t.db,
        coordinator,
        planItemSchema.parse({ planId: plan.id, kind: "task", title: `Задание ${i + 1}`, dueDate: "2026-12-20" }),
      ),
    );
  }
  return { plan, items: made };
}

describe("mentoring", () => {
  it("a mentor logs meetings and sees only own mentees; a mentee rates only own mentor, once a year, editable", async () => {
    const { ctx, coordinator, members, candidates } = await setup(2);
    const a = await expertUser(ctx.project.id, "Анна Наставник");
    const b = await expertUser(ctx.project.id, "Борис Наставник");
    const pa = await pair(coordinator, candidates[0].id, a.expert.code);
    const pb = await pair(coordinator, candidates[1].id, b.expert.code);

    const m = await meet(a.session, pa.id, "2026-04-02", "Знакомство, цели");
    expect(m).toMatchObject({ topic: "Знакомство, цели", nextSteps: "Подготовить план", createdById: a.session.id });
    // another mentor's pair is out of reach; dates before the pair or in the future are refused beside the field
    await expect(meet(b.session, pa.id, "2026-04-02")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(meet(a.session, pa.id, "2026-03-01")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { heldOn: ["Встреча не может быть раньше начала наставничества"] },
    });
    await expect(meet(a.session, pa.id, "2026-12-01")).rejects.toMatchObject({
      fieldErrors: { heldOn: ["Встреча ещё не состоялась"] },
    });
    await expect(meet(coordinator, pa.id, "2026-04-02")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const listA = await listMyMentees(t.db, a.session, 1);
    expect(listA.items.map((p) => p.id)).toEqual([pa.id]);
    expect(listA.items[0].meetings).toHaveLength(1);
    expect((await listMyMentees(t.db, b.session, 1)).items.map((p) => p.id)).toEqual([pb.id]);

    // the mentee rates own mentor; rating another's pair is «not found»; a second rating in the year replaces the first
    const rate = (who: SessionUser, pairId: string, rating: number, now = NOW) =>
      rateMentor(t.db, who, mentorRatingSchema.parse({ pairId, rating: String(rating), comment: "Спасибо" }), now);
    await rate(members[0], pa.id, 5);
    await expect(rate(members[1], pa.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rate(members[0], pb.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rateMentor(t.db, a.session, { pairId: pa.id, rating: 5, comment: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await rate(members[0], pa.id, 4);
    expect(await t.db.mentorRating.findMany({ where: { pairId: pa.id } })).toMatchObject([{ year: 2026, rating: 4 }]);
    await rate(members[0], pa.id, 5, new Date("2027-01-15T09:00:00Z"));
    expect(await t.db.mentorRating.count({ where: { pairId: pa.id } })).toBe(2);
    expect(mentorRatingSchema.safeParse({ pairId: "x", rating: "6" }).error?.issues[0].message).toBe("Выберите оценку от 1 до 5");

    // the mentee sees the mentor, the meetings and this year's own rating
    const [mine] = await getMyReserve(t.db, members[0], NOW);
    expect(mine.mentor?.expert.fullName).toBe("Анна Наставник");
    expect(mine.mentor?.meetings.map((x) => x.topic)).toEqual(["Знакомство, цели"]);
    expect(mine.myRating).toMatchObject({ rating: 4 });

    // a new mentor ends the old pair: the old mentor loses the mentee for logging and for the card
    await pair(coordinator, candidates[1].id, a.expert.code, "2026-06-01");
    await expect(meet(b.session, pb.id, "2026-06-05")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateCard(t.db, b.session, candidates[1].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCandidateCard(t.db, a.session, candidates[1].id)).isMentor).toBe(true);

    // an organizer ends a pair without a new mentor: not before it started, only in own regions
    const current = await t.db.mentorPair.findFirstOrThrow({ where: { candidateId: candidates[1].id, endedOn: null } });
    await expect(endMentorPair(t.db, coordinator, { pairId: current.id, endedOn: day("2026-05-01") })).rejects.toMatchObject({
      fieldErrors: { endedOn: ["Не раньше начала наставничества"] },
    });
    await expect(endMentorPair(t.db, a.session, { pairId: current.id, endedOn: day("2026-10-01") })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await endMentorPair(t.db, coordinator, { pairId: current.id, endedOn: day("2026-10-01") });
    await expect(meet(a.session, current.id, "2026-10-05")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyMentees(t.db, a.session, 1)).items.map((p) => [p.id, p.endedOn && iso(p.endedOn)])).toEqual([
      [pa.id, null],
      [current.id, "2026-10-01"],
    ]);
  });

  it("effectiveness per mentor: mentees, meetings, plan completion, appointments, ratings — by hand", async () => {
    const { ctx, coordinator, otherCoordinator, members, candidates } = await setup(3);
    const a = await expertUser(ctx.project.id, "Анна Наставник");
    const b = await expertUser(ctx.project.id, "Борис Наставник");
    const p0 = await pair(coordinator, candidates[0].id, a.expert.code);
    const p1 = await pair(coordinator, candidates[1].id, a.expert.code);
    const p2 = await pair(coordinator, candidates[2].id, b.expert.code);
    await meet(a.session, p0.id, "2026-04-01");
    await meet(a.session, p0.id, "2026-05-01");
    await meet(a.session, p1.id, "2026-04-15");
    await meet(b.session, p2.id, "2026-04-20");
    // c0: 4 items, 1 cancelled, 2 done → 2/3 = 66.67 %; c1: 2 items, none done → 0 %; c2: no plan
    const c0 = await planWith(coordinator, candidates[0].id, 4);
    await cancelPlanItem(t.db, coordinator, { itemId: c0.items[3].id, reason: "Курс не проводится" });
    for (const item of c0.items.slice(0, 2)) {
      await completePlanItem(t.db, members[0], { itemId: item.id, memberReport: "Сделано", evidenceUrl: null });
    }
    await planWith(coordinator, candidates[1].id, 2);
    // c1 appointed after the pair started
    await transitionCandidate(
      t.db,
      coordinator,
      transitionSchema.parse({
        candidateId: candidates[1].id,
        to: "appointed",
        appointedPosition: "Директор",
        appointedAt: "2026-09-01",
      }),
    );
    // ratings of A: 5 then changed to 3 by c0, and 4 by c1 → mean 3.5 of 2
    const rate = (who: SessionUser, pairId: string, rating: number) =>
      rateMentor(t.db, who, { pairId, rating, comment: null }, NOW);
    await rate(members[0], p0.id, 5);
    await rate(members[1], p1.id, 4);
    await rate(members[0], p0.id, 3);

    const page = await getMentorEffectiveness(t.db, coordinator, ctx.project.id, 2026, 1);
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      {
        expertId: a.expert.id,
        fullName: "Анна Наставник",
        organization: null,
        mentees: 2,
        activeMentees: 2,
        meetings: 3,
        menteesWithPlan: 2,
        planCompletion: 33.3,
        appointed: 1,
        ratings: 2,
        meanRating: 3.5,
      },
      {
        expertId: b.expert.id,
        fullName: "Борис Наставник",
        organization: null,
        mentees: 1,
        activeMentees: 1,
        meetings: 1,
        menteesWithPlan: 0,
        planCompletion: null,
        appointed: 0,
        ratings: 0,
        meanRating: null,
      },
    ]);
    // another year: the same active pairs, nothing else of 2026
    const next = await getMentorEffectiveness(t.db, coordinator, ctx.project.id, 2027, 1);
    expect(next.items[0]).toMatchObject({ mentees: 2, meetings: 0, planCompletion: null, appointed: 0, ratings: 0 });
    // a year before the pairs started: nobody
    expect((await getMentorEffectiveness(t.db, coordinator, ctx.project.id, 2025, 1)).total).toBe(0);
    // region scope: the other region's coordinator sees no mentors; experts and members can't read
    expect((await getMentorEffectiveness(t.db, otherCoordinator, ctx.project.id, 2026, 1)).total).toBe(0);
    await expect(getMentorEffectiveness(t.db, a.session, ctx.project.id, 2026, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMentorEffectiveness(t.db, members[0], ctx.project.id, 2026, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("plan items, the annual report, self-nomination", () => {
  it("editing keeps progress; cancelling removes the item from it; done items can't be cancelled", async () => {
    const { ctx, coordinator, otherCoordinator, members, candidates } = await setup(1);
    const { plan, items } = await planWith(coordinator, candidates[0].id, 3);
    await completePlanItem(t.db, members[0], { itemId: items[0].id, memberReport: "Сделано", evidenceUrl: null });
    const progress = async () => (await getMyReserve(t.db, members[0])).find((c) => c.id === candidates[0].id)!.progress;
    expect(await progress()).toEqual({ total: 3, done: 1, percent: 33 });

    const edited = await editPlanItem(
      t.db,
      coordinator,
      editPlanItemSchema.parse({
        itemId: items[1].id,
        kind: "internship",
        title: "Стажировка в школе № 376",
        dueDate: "2027-04-30",
      }),
    );
    expect(edited).toMatchObject({ kind: "internship", title: "Стажировка в школе № 376", status: "planned" });
    expect(iso(edited.dueDate)).toBe("2027-04-30");
    expect(await progress()).toEqual({ total: 3, done: 1, percent: 33 });
    expect(
      editPlanItemSchema.safeParse({ itemId: "x", kind: "event", title: "x", dueDate: "2026-12-01" }).error?.issues[0].path,
    ).toEqual(["eventId"]);

    await cancelPlanItem(t.db, coordinator, { itemId: items[2].id, reason: "Курс перенесён" });
    expect(await progress()).toEqual({ total: 2, done: 1, percent: 50 });
    expect(await t.db.developmentPlanItem.findUniqueOrThrow({ where: { id: items[2].id } })).toMatchObject({
      status: "cancelled",
      cancelReason: "Курс перенесён",
    });
    await expect(cancelPlanItem(t.db, coordinator, { itemId: items[0].id, reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Выполненный пункт отменить нельзя",
    });
    await expect(
      editPlanItem(
        t.db,
        coordinator,
        editPlanItemSchema.parse({ itemId: items[2].id, kind: "task", title: "x", dueDate: "2026-12-01" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(cancelPlanItem(t.db, otherCoordinator, { itemId: items[1].id, reason: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(cancelPlanItem(t.db, members[0], { itemId: items[1].id, reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // the dashboard's and the card's progress agree
    const card = await getCandidateCard(t.db, coordinator, candidates[0].id);
    expect(card.progress).toEqual({ total: 2, done: 1, percent: 50 });

    // the curator's conclusion needs the report, and then closes the report to changes
    await expect(concludePlanReport(t.db, coordinator, { planId: plan.id, conclusion: "Рекомендован" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Участник ещё не представил годовой отчёт",
    });
    await submitPlanReport(t.db, members[0], { planId: plan.id, report: "План выполнен наполовину" });
    await expect(concludePlanReport(t.db, otherCoordinator, { planId: plan.id, conclusion: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await concludePlanReport(t.db, coordinator, { planId: plan.id, conclusion: "Продолжить развитие в 2027 году" });
    await expect(submitPlanReport(t.db, members[0], { planId: plan.id, report: "Переписал" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [mine] = await getMyReserve(t.db, members[0]);
    expect(mine.plan?.curatorConclusion).toBe("Продолжить развитие в 2027 году");
    void ctx;
  });

  it("a participant nominates themselves into a reserve of their region, once", async () => {
    const ctx = await makeProject(t.db);
    const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id, ctx.regions[1].id])).session;
    const [me] = await makeParticipants(t.db, 1, ctx);
    const base = { projectId: ctx.project.id, targetPosition: "Заместитель руководителя ОО", capacity: "10", termMonths: "36" };
    const mine = await saveReserve(
      t.db,
      coordinator,
      reserveSchema.parse({ ...base, regionId: ctx.regions[0].id, code: `A-${ctx.project.code}` }),
    );
    const other = await saveReserve(
      t.db,
      coordinator,
      reserveSchema.parse({ ...base, regionId: ctx.regions[1].id, code: `B-${ctx.project.code}` }),
    );
    expect((await listSelfNominationReserves(t.db, me)).map((r) => r.id)).toEqual([mine.id]);
    const c = await nominateSelf(t.db, me, { reserveId: mine.id, reason: "Хочу руководить школой" });
    expect(c).toMatchObject({ source: "self", status: "nominated" });
    expect(await t.db.reserveStatusChange.findMany({ where: { candidateId: c.id } })).toMatchObject([
      { toStatus: "nominated", reason: "Хочу руководить школой", actorId: me.id },
    ]);
    // the region's coordinator is told, in the same transaction
    expect(
      await t.db.outboxMessage.findMany({ where: { userId: coordinator.id, kind: "reserve_self_nomination" } }),
    ).toMatchObject([{ subject: "Самовыдвижение в кадровый резерв: Участник 1" }]);
    await expect(nominateSelf(t.db, me, { reserveId: mine.id, reason: "ещё раз" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(nominateSelf(t.db, me, { reserveId: other.id, reason: "чужой регион" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(nominateSelf(t.db, coordinator, { reserveId: mine.id, reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await listSelfNominationReserves(t.db, me)).toEqual([]);
    expect((await getMyReserve(t.db, me)).map((x) => x.id)).toEqual([c.id]);
  });
});

describe("the cyclogram", () => {
  it("dates: the cycle starts in September, wraps over the new year, ends on the month's last day", () => {
    const d = (s: number, e: number, y: number) => {
      const r = cycleDates(s, e, y);
      return [iso(r.startsOn), iso(r.dueOn)];
    };
    expect(d(9, 10, 2026)).toEqual(["2026-09-01", "2026-10-31"]);
    expect(d(10, 2, 2026)).toEqual(["2026-10-01", "2027-02-28"]);
    expect(d(10, 2, 2027)).toEqual(["2027-10-01", "2028-02-29"]);
    expect(d(12, 3, 2026)).toEqual(["2026-12-01", "2027-03-31"]);
    expect(d(4, 4, 2026)).toEqual(["2027-04-01", "2027-04-30"]);
    expect(d(1, 12, 2026)).toEqual(["2027-01-01", "2027-12-31"]);
  });

  it("the seed's template, idempotent generation, archived activities, status, region scope", async () => {
    const ctx = await makeProject(t.db);
    const regionId = ctx.regions[0].id;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [regionId])).session;
    const otherCoordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const scope = { projectId: ctx.project.id, regionId };
    await expect(generateCyclogramYear(t.db, coordinator, { ...scope, year: 2026 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await loadCyclogramTemplate(t.db, coordinator, scope)).toBe(6);
    expect(await loadCyclogramTemplate(t.db, coordinator, scope)).toBe(0);
    await expect(loadCyclogramTemplate(t.db, otherCoordinator, scope)).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await generateCyclogramYear(t.db, coordinator, { ...scope, year: 2026 })).toEqual({ created: 6, existing: 0 });
    expect(await generateCyclogramYear(t.db, coordinator, { ...scope, year: 2026 })).toEqual({ created: 0, existing: 6 });
    await expect(generateCyclogramYear(t.db, otherCoordinator, { ...scope, year: 2026 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const tasks = await t.db.cyclogramTask.findMany({ where: { activity: scope, year: 2026 }, orderBy: { startsOn: "asc" } });
    expect(tasks).toHaveLength(6);
    const byTitle = (part: string) => tasks.find((x) => x.title.includes(part))!;
    expect([iso(byTitle("Сбор").startsOn), iso(byTitle("Сбор").dueOn)]).toEqual(["2026-09-01", "2026-10-31"]);
    expect([iso(byTitle("Управленцы будущего»").startsOn), iso(byTitle("Профессиональный конкурс").dueOn)]).toEqual([
      "2026-10-01",
      "2027-02-28",
    ]);
    expect([iso(byTitle("Обновление").startsOn), iso(byTitle("Обновление").dueOn)]).toEqual(["2026-12-01", "2027-03-31"]);
    expect([iso(byTitle("Стажировка").startsOn), iso(byTitle("Стажировка").dueOn)]).toEqual(["2027-04-01", "2027-04-30"]);

    // archive one, add one with an owner: the next generation adds only the new one; a later edit leaves the past tasks
    const activities = await t.db.cyclogramActivity.findMany({ where: scope, orderBy: { position: "asc" } });
    const owner = (await makeUser(t.db, "COORDINATOR", [regionId])).session;
    const stranger = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    const edit = (a: (typeof activities)[number], extra: Record<string, string>) =>
      saveCyclogramActivity(
        t.db,
        coordinator,
        activitySchema.parse({
          id: a.id,
          ...scope,
          title: a.title,
          startMonth: String(a.startMonth),
          endMonth: String(a.endMonth),
          owner: a.owner,
          remindDays: String(a.remindDays),
          ...extra,
        }),
      );
    await edit(activities[5], { archived: "on" });
    await edit(activities[0], { title: "Сбор сведений о кандидатах (новая редакция)" });
    const raw = { ...scope, title: "Семинар для резервистов", startMonth: "1", endMonth: "1", owner: "ИМЦ", remindDays: "7" };
    await expect(
      saveCyclogramActivity(t.db, coordinator, activitySchema.parse({ ...raw, ownerUserId: stranger.id })),
    ).rejects.toMatchObject({ fieldErrors: { ownerUserId: [expect.any(String)] } });
    await saveCyclogramActivity(t.db, coordinator, activitySchema.parse({ ...raw, ownerUserId: owner.id }));
    expect(await generateCyclogramYear(t.db, coordinator, { ...scope, year: 2026 })).toEqual({ created: 1, existing: 5 });
    expect(await generateCyclogramYear(t.db, coordinator, { ...scope, year: 2027 })).toEqual({ created: 6, existing: 0 });
    const seminar = await t.db.cyclogramTask.findFirstOrThrow({
      where: { activity: scope, year: 2026, title: "Семинар для резервистов" },
    });
    expect(seminar).toMatchObject({ ownerUserId: owner.id, owner: "ИМЦ", remindDays: 7 });
    expect([iso(seminar.startsOn), iso(seminar.dueOn)]).toEqual(["2027-01-01", "2027-01-31"]);
    expect(byTitle("Сбор").title).toBe("Сбор и обработка информации на кандидатов в кадровый резерв");
    expect((await t.db.cyclogramTask.findUniqueOrThrow({ where: { id: byTitle("Сбор").id } })).title).toBe(byTitle("Сбор").title);

    // status on 2026-11-20: data collection overdue, the rest open; marking done moves it; the ministry reads
    const list = (status?: "open" | "overdue" | "done", who: SessionUser = coordinator) =>
      listCyclogram(t.db, who, { ...scope, year: 2026, status, page: 1 }, NOW);
    const all = await list();
    expect(all.tasks.total).toBe(7);
    expect(all.overdue).toBe(1);
    expect(all.tasks.items.find((x) => x.id === byTitle("Сбор").id)?.state).toBe("overdue");
    expect(all.tasks.items.find((x) => x.id === byTitle("диагностика").id)?.state).toBe("in_progress");
    expect(all.tasks.items.find((x) => x.id === byTitle("Анализ отчётов").id)?.state).toBe("in_progress");
    expect(all.tasks.items.find((x) => x.id === byTitle("Обновление").id)?.state).toBe("upcoming");
    await setCyclogramTaskDone(t.db, coordinator, { id: byTitle("Сбор").id, done: true }, NOW);
    expect((await list("overdue")).tasks.total).toBe(0);
    expect((await list("done")).tasks.items.map((x) => x.id)).toEqual([byTitle("Сбор").id]);
    expect((await list("open")).tasks.total).toBe(6);
    await expect(setCyclogramTaskDone(t.db, otherCoordinator, { id: byTitle("Сбор").id, done: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(list(undefined, otherCoordinator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await list(undefined, ministry)).canManage).toBe(false);
    await setCyclogramTaskDone(t.db, coordinator, { id: byTitle("Сбор").id, done: false }, NOW);
    expect((await list("overdue")).tasks.total).toBe(1);
  });

  it("reminders: N days before the due date and once when overdue, to the owner or the coordinators, never twice", async () => {
    const ctx = await makeProject(t.db);
    const regionId = ctx.regions[0].id;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [regionId])).session;
    const owner = (await makeUser(t.db, "COORDINATOR", [regionId])).session;
    const scope = { projectId: ctx.project.id, regionId };
    const base = { ...scope, startMonth: "9", endMonth: "10", owner: "ИМЦ", remindDays: "14" };
    await saveCyclogramActivity(t.db, coordinator, activitySchema.parse({ ...base, title: "Сбор сведений" }));
    await saveCyclogramActivity(
      t.db,
      coordinator,
      activitySchema.parse({ ...base, title: "Анкетирование", ownerUserId: owner.id }),
    );
    await generateCyclogramYear(t.db, coordinator, { ...scope, year: 2030 });
    const mail = (userId: string, kind: string) => t.db.outboxMessage.count({ where: { userId, kind } });
    // 2030-10-16: 15 days before 31 October — not yet
    await runReminderRound(t.db, new Date("2030-10-16T08:00:00Z"), { rethrow: true });
    expect(await mail(coordinator.id, "cyclogram_due_soon")).toBe(0);
    // 2030-10-17: 14 days before — the coordinators for the ownerless task, the owner for the other
    await runReminderRound(t.db, new Date("2030-10-17T08:00:00Z"), { rethrow: true });
    await runReminderRound(t.db, new Date("2030-10-20T08:00:00Z"), { rethrow: true });
    expect(await mail(coordinator.id, "cyclogram_due_soon")).toBe(1);
    expect(await mail(owner.id, "cyclogram_due_soon")).toBe(2);
    const ownersMail = await t.db.outboxMessage.findMany({ where: { userId: owner.id }, orderBy: { subject: "asc" } });
    expect(ownersMail.map((m) => m.subject)).toEqual([
      "Циклограмма резерва: срок — 31.10.2030",
      "Циклограмма резерва: срок — 31.10.2030",
    ]);
    expect(ownersMail.some((m) => m.body.includes("«Анкетирование»"))).toBe(true);
    // a task handed to another coordinator of the region: its overdue letter goes to them
    const survey = await t.db.cyclogramTask.findFirstOrThrow({ where: { activity: scope, title: "Анкетирование" } });
    const stranger = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    await expect(setCyclogramTaskOwner(t.db, coordinator, { id: survey.id, ownerUserId: stranger.id })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(setCyclogramTaskOwner(t.db, stranger, { id: survey.id, ownerUserId: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setCyclogramTaskOwner(t.db, coordinator, { id: survey.id, ownerUserId: coordinator.id });

    const done = await t.db.cyclogramTask.findFirstOrThrow({ where: { activity: scope, title: "Сбор сведений" } });
    await setCyclogramTaskDone(t.db, coordinator, { id: done.id, done: true });
    await runReminderRound(t.db, new Date("2030-11-01T08:00:00Z"), { rethrow: true });
    await runReminderRound(t.db, new Date("2030-11-05T08:00:00Z"), { rethrow: true });
    expect(await mail(coordinator.id, "cyclogram_overdue")).toBe(1);
    expect(await mail(owner.id, "cyclogram_overdue")).toBe(0);
  });
});
