// Анкетирование: only attendees answer, once (editable) and inside the window; answers are checked against
// the event's questions; organizers see hand-checkable results; invitations and one reminder go out once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { markAttendanceByList } from "../../lib/registrations/mark-attendance";
import { markEventHeld } from "../../lib/events/mark-event-held";
import { submitFeedback } from "../../lib/surveys/submit-feedback";
import { getFeedbackForm } from "../../lib/surveys/get-feedback-form";
import { getSurveyResults } from "../../lib/surveys/get-survey-results";
import { setEventQuestions } from "../../lib/surveys/set-event-questions";
import { saveSurveyQuestion } from "../../lib/surveys/save-survey-question";
import { setSurveyQuestionArchived } from "../../lib/surveys/set-survey-question-archived";
import { enqueueFeedbackInvitations } from "../../lib/surveys/enqueue-feedback-invitations";
import { countPendingFeedback } from "../../lib/surveys/count-pending-feedback";
import { surveyQuestionSchema } from "../../lib/surveys/schemas";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

// the factory's event: 10.12.2026 10:00–13:00 MSK (07:00–10:00 UTC); the project's window: 14 days
const BEFORE = new Date("2026-11-25T09:00:00Z");
const DURING = new Date("2026-12-10T08:00:00Z");
const AFTER = new Date("2026-12-11T09:00:00Z");
const WINDOW_CLOSES = new Date("2026-12-24T10:00:00Z");

async function heldEvent(attendeeCount: number, others = 0) {
  const ctx = await makeProject(t.db);
  const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
  const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const admin = (await makeUser(t.db, "ADMIN")).session;
  const people = await makeParticipants(t.db, attendeeCount + others, ctx);
  const regs = [];
  for (const p of people) regs.push((await registerForEvent(t.db, p, event.id, BEFORE)).registration);
  await markAttendanceByList(
    t.db,
    coordinator,
    { eventId: event.id, attendedIds: regs.slice(0, attendeeCount).map((r) => r.id) },
    DURING,
  );
  await markEventHeld(t.db, coordinator, event.id, AFTER);
  return { ctx, event, coordinator, admin, attendees: people.slice(0, attendeeCount), others: people.slice(attendeeCount) };
}

async function question(projectId: string, admin: Awaited<ReturnType<typeof heldEvent>>["admin"], raw: Record<string, unknown>) {
  return saveSurveyQuestion(t.db, admin, surveyQuestionSchema.parse({ projectId, ...raw }));
}

describe("who may answer, and when", () => {
  it("an attendee answers once and may change it until the window closes; others are refused", async () => {
    const { event, attendees, others } = await heldEvent(1, 1);
    const [me] = attendees;
    const first = await submitFeedback(t.db, me, event.id, { rating: "4", comment: "Полезно" }, AFTER);
    expect(first.created).toBe(true);
    const again = await submitFeedback(t.db, me, event.id, { rating: "5" }, new Date(WINDOW_CLOSES.getTime() - 1000));
    expect(again).toMatchObject({ created: false, feedback: { id: first.feedback.id, rating: 5, comment: null } });
    expect(await t.db.feedback.count({ where: { eventId: event.id } })).toBe(1);

    await expect(
      submitFeedback(t.db, me, event.id, { rating: "3" }, new Date(WINDOW_CLOSES.getTime() + 1000)),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Срок анкетирования по этому мероприятию истёк",
    });
    await expect(submitFeedback(t.db, others[0], event.id, { rating: "5" }, AFTER)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getFeedbackForm(t.db, others[0], event.id, AFTER)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = (await makeUser(t.db, "PARTICIPANT")).session;
    await expect(submitFeedback(t.db, stranger, event.id, { rating: "5" }, AFTER)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.feedback.findFirstOrThrow({ where: { eventId: event.id } })).rating).toBe(5);
  });

  it("not before the event is marked held", async () => {
    const ctx = await makeProject(t.db);
    const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
    const [me] = await makeParticipants(t.db, 1, ctx);
    const { registration } = await registerForEvent(t.db, me, event.id, BEFORE);
    await markAttendanceByList(t.db, coordinator, { eventId: event.id, attendedIds: [registration.id] }, DURING);
    await expect(submitFeedback(t.db, me, event.id, { rating: "5" }, AFTER)).rejects.toMatchObject({ code: "CONFLICT" });
    const form = await getFeedbackForm(t.db, me, event.id, AFTER);
    expect(form.window).toMatchObject({ open: false });
  });

  it("answers are checked against the event's questions; a bad form writes nothing", async () => {
    const { ctx, event, coordinator, admin, attendees } = await heldEvent(1);
    const useful = await question(ctx.project.id, admin, { kind: "scale", text: "Насколько полезен материал?", required: "on" });
    const topics = await question(ctx.project.id, admin, {
      kind: "multiple",
      text: "Какие темы интересны?",
      options: "Проекты\nКоманда\nЦифра",
    });
    await setEventQuestions(t.db, coordinator, event.id, [useful.id, topics.id]);

    const bad = submitFeedback(t.db, attendees[0], event.id, { rating: "6", [`q_${topics.id}`]: ["Проекты", "Погода"] }, AFTER);
    await expect(bad).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        rating: ["Оцените мероприятие от 1 до 5"],
        [`q_${useful.id}`]: ["Ответьте на этот вопрос"],
        [`q_${topics.id}`]: ["Выберите варианты из списка"],
      },
    });
    expect(await t.db.feedback.count({ where: { eventId: event.id } })).toBe(0);

    await submitFeedback(
      t.db,
      attendees[0],
      event.id,
      { rating: "5", [`q_${useful.id}`]: "4", [`q_${topics.id}`]: "Цифра" },
      AFTER,
    );
    const stored = await t.db.feedback.findFirstOrThrow({ where: { eventId: event.id } });
    expect(stored.answers).toEqual({ [useful.id]: 4, [topics.id]: ["Цифра"] });
  });
});

describe("results for organizers", () => {
  it("response rate, rating distribution and mean, question counts, comments — worked out by hand", async () => {
    const { ctx, event, coordinator, admin, attendees } = await heldEvent(3);
    const scale = await question(ctx.project.id, admin, { kind: "scale", text: "Оцените работу модератора" });
    const single = await question(ctx.project.id, admin, { kind: "single", text: "Формат подошёл?", options: "Да\nНет" });
    const multi = await question(ctx.project.id, admin, {
      kind: "multiple",
      text: "Что понравилось?",
      options: "Спикеры\nКейсы\nКофе",
    });
    const text = await question(ctx.project.id, admin, { kind: "text", text: "Что улучшить?" });
    await setEventQuestions(t.db, coordinator, event.id, [scale.id, single.id, multi.id, text.id]);
    const [a, b, c] = attendees;
    await submitFeedback(
      t.db,
      a,
      event.id,
      {
        rating: "5",
        [`q_${scale.id}`]: "5",
        [`q_${single.id}`]: "Да",
        [`q_${multi.id}`]: ["Спикеры", "Кейсы"],
        [`q_${text.id}`]: "Больше практики",
        comment: "Отлично",
      },
      AFTER,
    );
    await submitFeedback(
      t.db,
      b,
      event.id,
      { rating: "3", [`q_${scale.id}`]: "4", [`q_${single.id}`]: "Нет", [`q_${multi.id}`]: "Кейсы" },
      AFTER,
    );
    void c; // attended, did not answer

    const r = await getSurveyResults(t.db, coordinator, event.id);
    // 2 of 3 attendees; ratings 5 and 3 → mean 4
    expect(r).toMatchObject({ attendees: 3, responses: 2, responseRate: 0.67, ratingMean: 4 });
    expect(r.distribution).toEqual({ "1": 0, "2": 0, "3": 1, "4": 0, "5": 1 });
    const byText = Object.fromEntries(r.questions.map((q) => [q.text, q]));
    expect(byText["Оцените работу модератора"]).toMatchObject({
      answered: 2,
      mean: 4.5,
      counts: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 },
    });
    expect(byText["Формат подошёл?"]).toMatchObject({ answered: 2, counts: { Да: 1, Нет: 1 } });
    // people who ticked something: 2; ticks: Спикеры 1, Кейсы 2, Кофе 0
    expect(byText["Что понравилось?"]).toMatchObject({ answered: 2, counts: { Спикеры: 1, Кейсы: 2, Кофе: 0 } });
    expect(byText["Что улучшить?"]).toMatchObject({ answered: 1, texts: ["Больше практики"] });
    expect(r.comments.items.map((x) => x.comment)).toEqual(["Отлично"]);

    // the one KPI computation sees the same mean for this project's year
    const kpi = await computeKpiReport(t.db, { projectCode: ctx.project.code, year: 2026 });
    expect(kpi.indicators.satisfactionAvg).toMatchObject({ value: 4, responses: 2 });
  });

  it("a coordinator of another region is refused; the ministry reads", async () => {
    const { ctx, event } = await heldEvent(1);
    const other = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    await expect(getSurveyResults(t.db, other, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setEventQuestions(t.db, other, event.id, [])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getSurveyResults(t.db, ministry, event.id)).attendees).toBe(1);
  });
});

describe("the template", () => {
  it("a question with answers keeps its kind and options; archived questions can't be added anew", async () => {
    const { ctx, event, coordinator, admin, attendees } = await heldEvent(1);
    const q = await question(ctx.project.id, admin, { kind: "single", text: "Придёте ещё?", options: "Да\nНет" });
    await setEventQuestions(t.db, coordinator, event.id, [q.id]);
    await submitFeedback(t.db, attendees[0], event.id, { rating: "5", [`q_${q.id}`]: "Да" }, AFTER);
    await expect(question(ctx.project.id, admin, { id: q.id, kind: "text", text: "Придёте ещё?" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const renamed = await question(ctx.project.id, admin, {
      id: q.id,
      kind: "single",
      text: "Придёте ли вы ещё?",
      options: "Да\nНет",
    });
    expect(renamed.text).toBe("Придёте ли вы ещё?");
    await expect(question(ctx.project.id, coordinator, { kind: "text", text: "Вопрос координатора" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const old = await question(ctx.project.id, admin, { kind: "text", text: "Устаревший вопрос" });
    await setSurveyQuestionArchived(t.db, admin, old.id, true);
    await expect(setEventQuestions(t.db, coordinator, event.id, [q.id, old.id])).rejects.toMatchObject({ code: "VALIDATION" });
    expect(surveyQuestionSchema.safeParse({ projectId: "p", kind: "single", text: "Один вариант?", options: "Да" }).success).toBe(
      false,
    );
  });
});

describe("invitations and the reminder", () => {
  it("attendees are invited once when the event is held; one reminder two days before the end, only to those who did not answer", async () => {
    const { event, attendees, others } = await heldEvent(2, 1);
    const kinds = async (kind: string) =>
      (await t.db.outboxMessage.findMany({ where: { eventId: event.id, kind }, select: { userId: true } }))
        .map((m) => m.userId)
        .sort();
    expect(await kinds("feedback_invitation")).toEqual(attendees.map((a) => a.id).sort());
    expect(await countPendingFeedback(t.db, attendees[0], AFTER)).toBe(1);
    expect(await countPendingFeedback(t.db, others[0], AFTER)).toBe(0);

    await submitFeedback(t.db, attendees[0], event.id, { rating: "5" }, AFTER);
    expect(await countPendingFeedback(t.db, attendees[0], AFTER)).toBe(0);
    expect(await enqueueFeedbackInvitations(t.db, { now: AFTER })).toMatchObject({ invitations: 0, reminders: 0 });
    const late = new Date(WINDOW_CLOSES.getTime() - 24 * 3600_000);
    expect(await enqueueFeedbackInvitations(t.db, { eventId: event.id, now: late })).toEqual({ invitations: 0, reminders: 1 });
    expect(await enqueueFeedbackInvitations(t.db, { eventId: event.id, now: late })).toEqual({ invitations: 0, reminders: 0 });
    expect(await kinds("feedback_reminder")).toEqual([attendees[1].id]);
    const reminder = await t.db.outboxMessage.findFirstOrThrow({ where: { eventId: event.id, kind: "feedback_reminder" } });
    expect(reminder.body).toContain("Ответить можно до 24.12.2026 13:00");
    expect(await enqueueFeedbackInvitations(t.db, { eventId: event.id, now: new Date(WINDOW_CLOSES.getTime() + 1) })).toEqual({
      invitations: 0,
      reminders: 0,
    });
  });
});
