// Эффективность наставников (seed 004: «согласованные механизмы оценки эффективности деятельности
// наставников») for a calendar year, one SQL statement per page: over the pairs active in the year in the
// reader's regions — mentees, meetings held in the year, the mean completion of the mentees' plans of the
// year (done ÷ not cancelled; a plan without items is 0 %, mentees without a plan are left out), mentees
// appointed in the year after the pair started («назначения из резерва»), and the mean of the year's ratings.
import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "../../infra/db/client";
import { authorize, scopeOf, type SessionUser } from "../../auth/permissions";
import { toPage } from "../../infra/pagination";

export type MentorEffectiveness = {
  expertId: string;
  fullName: string;
  organization: string | null;
  mentees: number;
  activeMentees: number;
  meetings: number;
  menteesWithPlan: number;
  planCompletion: number | null;
  appointed: number;
  ratings: number;
  meanRating: number | null;
};

export const MENTORS_PAGE_SIZE = 25;

export async function getMentorEffectiveness(db: Db, actor: SessionUser | null, projectId: string, year: number, page: number) {
  const me = authorize(actor, "mentoring.read");
  const regionFilter =
    scopeOf(me, "mentoring.read") === "all"
      ? Prisma.sql`TRUE`
      : Prisma.sql`r."regionId" IN (${Prisma.join(me.regionIds.length ? me.regionIds : [""])})`;
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const pairs = Prisma.sql`
    SELECT mp.id, mp."expertId", mp."candidateId", mp."startedOn", mp."endedOn"
    FROM "MentorPair" mp
    JOIN "ReserveCandidate" c ON c.id = mp."candidateId"
    JOIN "PersonnelReserve" r ON r.id = c."reserveId"
    WHERE r."projectId" = ${projectId} AND ${regionFilter}
      AND mp."startedOn" <= ${yearEnd}::date AND (mp."endedOn" IS NULL OR mp."endedOn" >= ${yearStart}::date)`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      WITH pairs AS (${pairs}),
      mentees AS (SELECT DISTINCT "expertId", "candidateId" FROM pairs),
      progress AS (
        SELECT p."candidateId",
               CASE WHEN COUNT(i.id) FILTER (WHERE i.status <> 'cancelled') = 0 THEN 0
                    ELSE 100.0 * COUNT(i.id) FILTER (WHERE i.status = 'done') / COUNT(i.id) FILTER (WHERE i.status <> 'cancelled')
               END AS pct
        FROM "DevelopmentPlan" p
        LEFT JOIN "DevelopmentPlanItem" i ON i."planId" = p.id
        WHERE p.year = ${year} AND p."candidateId" IN (SELECT "candidateId" FROM mentees)
        GROUP BY p.id, p."candidateId"
      ),
      agg AS (
        SELECT "expertId", COUNT(DISTINCT "candidateId") AS mentees,
               COUNT(DISTINCT "candidateId") FILTER (WHERE "endedOn" IS NULL) AS "activeMentees"
        FROM pairs GROUP BY "expertId"
      ),
      meetings AS (
        SELECT p."expertId", COUNT(*) AS n FROM pairs p JOIN "MentorMeeting" m ON m."pairId" = p.id
        WHERE m."heldOn" BETWEEN ${yearStart}::date AND ${yearEnd}::date GROUP BY p."expertId"
      ),
      plans AS (
        SELECT x."expertId", COUNT(*) AS n, ROUND(AVG(pr.pct), 1)::float AS completion
        FROM mentees x JOIN progress pr ON pr."candidateId" = x."candidateId" GROUP BY x."expertId"
      ),
      appointed AS (
        SELECT p."expertId", COUNT(DISTINCT c.id) AS n FROM pairs p JOIN "ReserveCandidate" c ON c.id = p."candidateId"
        WHERE c.status = 'appointed' AND c."appointedAt" >= p."startedOn"
          AND c."appointedAt" BETWEEN ${yearStart}::date AND ${yearEnd}::date
        GROUP BY p."expertId"
      ),
      ratings AS (
        SELECT p."expertId", COUNT(*) AS n, ROUND(AVG(mr.rating), 2)::float AS mean
        FROM pairs p JOIN "MentorRating" mr ON mr."pairId" = p.id AND mr.year = ${year} GROUP BY p."expertId"
      )
      SELECT e.id AS "expertId", e."fullName", e.organization, a.mentees, a."activeMentees",
             COALESCE(m.n, 0) AS meetings, COALESCE(pl.n, 0) AS "menteesWithPlan", pl.completion AS "planCompletion",
             COALESCE(ap.n, 0) AS appointed, COALESCE(rt.n, 0) AS ratings, rt.mean AS "meanRating"
      FROM agg a
      JOIN "Expert" e ON e.id = a."expertId"
      LEFT JOIN meetings m ON m."expertId" = a."expertId"
      LEFT JOIN plans pl ON pl."expertId" = a."expertId"
      LEFT JOIN appointed ap ON ap."expertId" = a."expertId"
      LEFT JOIN ratings rt ON rt."expertId" = a."expertId"
      ORDER BY e."fullName", e.id
      LIMIT ${MENTORS_PAGE_SIZE} OFFSET ${(page - 1) * MENTORS_PAGE_SIZE}`),
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`WITH pairs AS (${pairs}) SELECT COUNT(DISTINCT "expertId") AS total FROM pairs`),
  ]);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const items: MentorEffectiveness[] = rows.map((r) => ({
    expertId: String(r.expertId),
    fullName: String(r.fullName),
    organization: r.organization === null ? null : String(r.organization),
    mentees: Number(r.mentees),
    activeMentees: Number(r.activeMentees),
    meetings: Number(r.meetings),
    menteesWithPlan: Number(r.menteesWithPlan),
    planCompletion: num(r.planCompletion),
    appointed: Number(r.appointed),
    ratings: Number(r.ratings),
    meanRating: num(r.meanRating),
  }));
  return { year, ...toPage(items, Number(total), page, MENTORS_PAGE_SIZE) };
}
