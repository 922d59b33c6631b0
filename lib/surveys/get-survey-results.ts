// Результаты анкетирования мероприятия for its organizers and the ministry: response rate, the
// distribution and mean of the satisfaction rating, per-question counts (scale means come from their
// counts), free-text answers and comments, paginated. Counting happens in SQL; comments are shown
// without names — the form promises the participant that answers are not attributed.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";
import { pageArgs, toPage } from "../infra/pagination";
import { eventQuestions } from "./event-questions";
import type { FormQuestion } from "./schemas";

export type QuestionResult = FormQuestion & {
  answered: number;
  /** answer → how many gave it (scale: "1".."5"; choices: every option, zeros included) */
  counts: Record<string, number>;
  /** scale questions only */
  mean: number | null;
  /** free-text questions: the latest answers (TEXT_ANSWERS_SHOWN at most; the XLSX has them all) */
  texts: string[];
};

export const TEXT_ANSWERS_SHOWN = 50;

const round2 = (v: number) => Math.round(v * 100) / 100;

export async function getSurveyResults(
  db: DbTx,
  actor: SessionUser | null,
  eventId: string,
  opts: { commentsPage?: number; commentsSize?: number } = {},
) {
  const user = authorize(actor, "feedback.read");
  const event = await db.event.findFirst({
    where: { id: eventId, ...regionWhere(user, "feedback.read") },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      regionId: true,
      projectId: true,
      region: { select: { name: true, timezone: true } },
      project: { select: { name: true, feedbackWindowDays: true } },
    },
  });
  if (!event) throw refuse(user, "feedback.read", "Мероприятие не найдено среди мероприятий ваших регионов");
  const questions = await eventQuestions(db, eventId);
  const ids = questions.map((q) => q.id);
  const commentsPage = opts.commentsPage ?? 1;
  const commentWhere = { eventId, comment: { not: null } };

  const [attendees, ratings, answerCounts, comments, commentTotal] = await Promise.all([
    db.registration.count({ where: { eventId, attended: true } }),
    db.feedback.groupBy({ by: ["rating"], where: { eventId }, _count: true }),
    ids.length
      ? db.$queryRaw<{ question: string; value: string; n: number }[]>(Prisma.sql`
          SELECT q.id AS question, v.value, count(*)::int AS n
            FROM "Feedback" f
            CROSS JOIN unnest(${ids}::text[]) AS q(id)
            CROSS JOIN LATERAL (
              SELECT jsonb_array_elements_text(f.answers -> q.id) AS value WHERE jsonb_typeof(f.answers -> q.id) = 'array'
              UNION ALL
              SELECT f.answers ->> q.id WHERE jsonb_typeof(f.answers -> q.id) IN ('string', 'number')
            ) AS v
           WHERE f."eventId" = ${eventId}
           GROUP BY q.id, v.value`)
      : Promise.resolve([]),
    db.feedback.findMany({
      where: commentWhere,
      select: { id: true, rating: true, comment: true, updatedAt: true },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageArgs(commentsPage, opts.commentsSize),
    }),
    db.feedback.count({ where: commentWhere }),
  ]);

  const distribution: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  let responses = 0;
  let sum = 0;
  for (const r of ratings) {
    distribution[String(r.rating)] = r._count;
    responses += r._count;
    sum += r.rating * r._count;
  }

  const results: QuestionResult[] = questions.map((q) => {
    const counts: Record<string, number> = {};
    if (q.kind === "scale") for (const v of ["1", "2", "3", "4", "5"]) counts[v] = 0;
    if (q.kind === "single" || q.kind === "multiple") for (const o of q.options) counts[o] = 0;
    for (const row of answerCounts)
      if (row.question === q.id && q.kind !== "text") counts[row.value] = (counts[row.value] ?? 0) + row.n;
    const answeredRows = answerCounts.filter((row) => row.question === q.id);
    const scaleTotal = q.kind === "scale" ? answeredRows.reduce((s, r) => s + r.n, 0) : 0;
    const scaleSum = q.kind === "scale" ? answeredRows.reduce((s, r) => s + Number(r.value) * r.n, 0) : 0;
    return {
      ...q,
      answered: q.kind === "multiple" ? -1 : answeredRows.reduce((s, r) => s + r.n, 0),
      counts,
      mean: q.kind === "scale" && scaleTotal ? round2(scaleSum / scaleTotal) : null,
      texts: [],
    };
  });
  // for multiple choice "answered" counts people, not ticks
  const multipleIds = questions.filter((q) => q.kind === "multiple").map((q) => q.id);
  if (multipleIds.length) {
    const people = await db.$queryRaw<{ question: string; n: number }[]>(Prisma.sql`
      SELECT q.id AS question, count(*)::int AS n
        FROM "Feedback" f CROSS JOIN unnest(${multipleIds}::text[]) AS q(id)
       WHERE f."eventId" = ${eventId} AND jsonb_array_length(coalesce(f.answers -> q.id, '[]'::jsonb)) > 0
       GROUP BY q.id`);
    for (const r of results) if (r.kind === "multiple") r.answered = people.find((p) => p.question === r.id)?.n ?? 0;
  }

  for (const r of results) {
    if (r.kind !== "text") continue;
    const rows = await db.$queryRaw<{ text: string }[]>(Prisma.sql`
      SELECT f.answers ->> ${r.id} AS text FROM "Feedback" f
       WHERE f."eventId" = ${eventId} AND jsonb_typeof(f.answers -> ${r.id}) = 'string'
       ORDER BY f."updatedAt" DESC, f.id LIMIT ${TEXT_ANSWERS_SHOWN}`);
    r.texts = rows.map((row) => row.text);
  }

  return {
    event,
    attendees,
    responses,
    responseRate: attendees ? round2(responses / attendees) : null,
    ratingMean: responses ? round2(sum / responses) : null,
    distribution,
    questions: results,
    comments: toPage(comments, commentTotal, commentsPage, opts.commentsSize),
  };
}

export type SurveyResults = Awaited<ReturnType<typeof getSurveyResults>>;
