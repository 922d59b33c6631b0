// Показатели результатов проекта (kadry-kpi/1): the one KPI computation behind the dashboards, the
// HTTP API and the CLI. Everything is aggregated in one SQL statement; JS only shapes the answer and
// rounds the satisfaction mean from its exact integer sum and count.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { queryWithoutJit } from "../infra/db/query-without-jit";
import { AppError } from "../infra/errors/app-error";
import { periodBounds } from "../infra/time/period-bounds";
import { countedEventsSql } from "./counted-events-sql";
import { utcTimestamp } from "../infra/time/utc-timestamp";

export type KpiQuery = { projectCode: string; year: number; quarter?: number | null; cumulative?: boolean };

export type KpiIndicator = { value: number; target: number; met: boolean };
export type KpiRegionalIndicator = KpiIndicator & { byRegion: Record<string, number> };

export type KpiReport = {
  format: "kadry-kpi/1";
  project: string;
  period: { year: number; quarter: number | null; cumulative: boolean; from: string; to: string; timezone: string };
  indicators: {
    eventsHeld: KpiIndicator;
    categoriesCovered: KpiIndicator;
    directionsCovered: KpiIndicator;
    expertsPerRegion: KpiRegionalIndicator;
    infoResourcesPerRegion: KpiRegionalIndicator;
    satisfactionAvg: { value: number | null; target: number; met: boolean; responses: number };
  };
};

type KpiRow = {
  eventsHeld: number;
  directionsCovered: number;
  categoriesCovered: number;
  responses: number;
  ratingSum: string;
  regions: [code: string, experts: number, resources: number][] | null;
  /** per quarter of counted events' start: [quarter, responses, rating sum] (quarter 0 without splits) */
  byQuarter: [quarter: number, responses: number, ratingSum: string][] | null;
};

export async function computeKpiReport(db: DbTx, query: KpiQuery): Promise<KpiReport> {
  return (await runKpi(db, query, false)).report;
}

/**
 * A period's report and, from the same statement, satisfactionAvg of each quarter of its year — equal to
 * computeQuarterlySatisfaction's (the dashboard shows both; one pass over the year's ratings serves both).
 */
export async function computeKpiWithQuarters(
  db: DbTx,
  query: KpiQuery,
): Promise<{ report: KpiReport; quarters: QuarterSatisfaction[] }> {
  const { report, quarters } = await runKpi(db, query, true);
  return { report, quarters: quarters! };
}

async function runKpi(
  db: DbTx,
  query: KpiQuery,
  withQuarters: boolean,
): Promise<{ report: KpiReport; quarters: QuarterSatisfaction[] | null }> {
  const project = await db.project.findUnique({ where: { code: query.projectCode } });
  if (!project) throw new AppError("NOT_FOUND", `Проект «${query.projectCode}» не найден`);
  const period = periodBounds({
    year: query.year,
    quarter: query.quarter,
    cumulative: query.cumulative,
    timeZone: project.timezone,
  });
  const year = withQuarters ? yearQuarters(query.year, project.timezone) : undefined;
  const [row] = await queryWithoutJit<KpiRow>(db, kpiSql(project.id, utcTimestamp(period.start), utcTimestamp(period.end), year));

  const byExperts: Record<string, number> = {};
  const byResources: Record<string, number> = {};
  for (const [code, experts, resources] of row.regions ?? []) {
    byExperts[code] = experts;
    byResources[code] = resources;
  }
  const atLeast = (value: number, target: number): KpiIndicator => ({ value, target, met: value >= target });
  const perRegion = (byRegion: Record<string, number>, target: number): KpiRegionalIndicator => {
    const values = Object.values(byRegion);
    const value = values.length ? Math.min(...values) : 0;
    return { value, target, met: values.length > 0 && value >= target, byRegion };
  };
  const satisfactionTarget = Number(project.targetSatisfactionAvg);
  const targetText = project.targetSatisfactionAvg.toFixed(2);
  const quarters = withQuarters
    ? [1, 2, 3, 4].map((quarter) => {
        const [, responses, sum] = row.byQuarter?.find(([q]) => q === quarter) ?? [quarter, 0, "0"];
        return { quarter, responses, target: satisfactionTarget, ...satisfaction(BigInt(sum), responses, targetText) };
      })
    : null;

  const report: KpiReport = {
    format: "kadry-kpi/1",
    project: project.code,
    period: {
      year: period.year,
      quarter: period.quarter,
      cumulative: period.cumulative,
      from: period.from,
      to: period.to,
      timezone: period.timeZone,
    },
    indicators: {
      eventsHeld: atLeast(row.eventsHeld, project.targetEventsHeld),
      categoriesCovered: atLeast(row.categoriesCovered, project.targetCategoriesCovered),
      directionsCovered: atLeast(row.directionsCovered, project.targetDirectionsCovered),
      expertsPerRegion: perRegion(byExperts, project.targetExpertsPerRegion),
      infoResourcesPerRegion: perRegion(byResources, project.targetInfoResourcesPerRegion),
      satisfactionAvg: {
        ...satisfaction(BigInt(row.ratingSum), row.responses, targetText),
        target: satisfactionTarget,
        responses: row.responses,
      },
    },
  };
  return { report, quarters };
}

/**
 * Mean rating rounded half-up to 2 decimals, and `met` on the unrounded mean, both in exact integer
 * arithmetic: mean >= target ⇔ 100·sum >= target·100·count; rounded·100 = ⌊(200·sum + count) / (2·count)⌋.
 */
export function satisfaction(sum: bigint, count: number, target: string): { value: number | null; met: boolean } {
  if (count === 0) return { value: null, met: false };
  const n = BigInt(count);
  const [whole, fraction = ""] = target.split(".");
  const targetHundredths = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
  const hundredths = (200n * sum + n) / (2n * n);
  return { value: Number(hundredths) / 100, met: 100n * sum >= targetHundredths * n };
}

/**
 * satisfactionAvg's inputs for one counted event `c`: the number and the sum of ratings given by
 * participants marked attended. Shared by the report and the quarterly trend, so both count alike.
 */
const ratingsOfCountedEvent = Prisma.sql`(
  SELECT count(*) AS n, sum(f.rating) AS s
    FROM "Feedback" f
    JOIN "Registration" r ON r."eventId" = c.id AND r.attended AND r."participantId" = f."participantId"
   WHERE f."eventId" = c.id)`;

export type QuarterSatisfaction = { quarter: number; responses: number; value: number | null; met: boolean; target: number };

/**
 * satisfactionAvg of each quarter of `year` in one statement — what computeKpiReport gives for each
 * quarter (same bounds, same counted events, same rounding), without computing the other indicators.
 */
export async function computeQuarterlySatisfaction(db: DbTx, projectCode: string, year: number): Promise<QuarterSatisfaction[]> {
  const project = await db.project.findUnique({ where: { code: projectCode } });
  if (!project) throw new AppError("NOT_FOUND", `Проект «${projectCode}» не найден`);
  const bounds = [1, 2, 3, 4].map((quarter) => periodBounds({ year, quarter, timeZone: project.timezone }));
  const values = Prisma.join(
    bounds.map((b) => Prisma.sql`(${b.quarter}::int, ${utcTimestamp(b.start)}::timestamp, ${utcTimestamp(b.end)}::timestamp)`),
  );
  const rows = await queryWithoutJit<{ quarter: number; responses: number; ratingSum: string }>(
    db,
    Prisma.sql`
    WITH quarters(quarter, starts, ends) AS (VALUES ${values}),
    counted AS MATERIALIZED (
      SELECT q.quarter, e.id
        FROM quarters q
        JOIN "Event" e ON ${countedEventsSql(project.id, Prisma.sql`q.starts`, Prisma.sql`q.ends`)}
    )
    SELECT q.quarter, coalesce(sum(x.n), 0)::int AS responses, coalesce(sum(x.s), 0)::text AS "ratingSum"
      FROM quarters q
      LEFT JOIN counted c ON c.quarter = q.quarter
      LEFT JOIN LATERAL ${ratingsOfCountedEvent} x ON true
     GROUP BY q.quarter
     ORDER BY q.quarter`,
  );
  const target = Number(project.targetSatisfactionAvg);
  return rows.map((r) => ({
    quarter: r.quarter,
    responses: r.responses,
    target,
    ...satisfaction(BigInt(r.ratingSum), r.responses, project.targetSatisfactionAvg.toFixed(2)),
  }));
}

/** The bounds of a year and the starts of its Q2–Q4, in the project's zone, as UTC wall-time strings. */
type YearQuarters = { start: string; end: string; quarterStarts: [string, string, string] };

function yearQuarters(year: number, timeZone: string): YearQuarters {
  const bounds = periodBounds({ year, timeZone });
  const starts = [2, 3, 4].map((quarter) => utcTimestamp(periodBounds({ year, quarter, timeZone }).start));
  return { start: utcTimestamp(bounds.start), end: utcTimestamp(bounds.end), quarterStarts: starts as [string, string, string] };
}

/** The whole report in one statement. */
function kpiSql(projectId: string, start: string, end: string, year?: YearQuarters): Prisma.Sql {
  // with the year's quarters, the ratings of ALL the year's counted events are summed per quarter (the
  // dashboard's trend) in the same pass that sums the period's (the report's mean): the period is a part
  // of its year, so its counted events are the year's that start inside it
  const countedEvents = year
    ? Prisma.sql`year_events AS MATERIALIZED (
      SELECT e.id, e."regionId", e."directionId", e."startsAt" >= ${start}::timestamp AND e."startsAt" < ${end}::timestamp AS "inPeriod",
             CASE WHEN e."startsAt" < ${year.quarterStarts[0]}::timestamp THEN 1 WHEN e."startsAt" < ${year.quarterStarts[1]}::timestamp THEN 2
                  WHEN e."startsAt" < ${year.quarterStarts[2]}::timestamp THEN 3 ELSE 4 END AS quarter
        FROM "Event" e
       WHERE ${countedEventsSql(projectId, year.start, year.end)}
    ), counted AS MATERIALIZED (
      SELECT id, "regionId", "directionId" FROM year_events WHERE "inPeriod"
    )`
    : Prisma.sql`year_events AS MATERIALIZED (
      SELECT e.id, e."regionId", e."directionId", true AS "inPeriod", 0 AS quarter
        FROM "Event" e
       WHERE ${countedEventsSql(projectId, start, end)}
    ), counted AS MATERIALIZED (
      SELECT id, "regionId", "directionId" FROM year_events
    )`;
  return Prisma.sql`
    WITH ${countedEvents}, experts AS (
      SELECT c."regionId", count(DISTINCT ee."expertId")::int AS n
        FROM counted c
        JOIN "EventExpert" ee ON ee."eventId" = c.id
        JOIN "Expert" x ON x.id = ee."expertId" AND x.independent
       GROUP BY c."regionId"
    ), resources AS (
      SELECT p."regionId", count(DISTINCT p."resourceId")::int AS n
        FROM "Publication" p
       WHERE p."projectId" = ${projectId} AND p."publishedAt" >= ${start}::timestamp AND p."publishedAt" < ${end}::timestamp
       GROUP BY p."regionId"
    ), rated_events AS MATERIALIZED (
      -- event by event: its ratings merged with its attended registrations, both in participant order
      -- from covering indexes; a quarter then costs a quarter of the year
      SELECT c.quarter, c."inPeriod", x.n, x.s
        FROM year_events c
        CROSS JOIN LATERAL ${ratingsOfCountedEvent} x
    ), rated AS (
      SELECT coalesce(sum(n), 0)::int AS responses, coalesce(sum(s), 0)::text AS "ratingSum" FROM rated_events WHERE "inPeriod"
    )
    SELECT
      (SELECT count(*)::int FROM counted) AS "eventsHeld",
      (SELECT count(DISTINCT "directionId")::int FROM counted) AS "directionsCovered",
      -- a category is covered as soon as one attended registration at a counted event is found
      (SELECT count(*)::int FROM "ParticipantCategory" cat
        WHERE cat."projectId" = ${projectId}
          AND EXISTS (
            SELECT 1 FROM "Participant" pa
              JOIN "Registration" r ON r."participantId" = pa.id AND r.attended
              JOIN "Event" e ON e.id = r."eventId"
             WHERE pa."categoryId" = cat.id AND ${countedEventsSql(projectId, start, end)})) AS "categoriesCovered",
      rated.responses,
      rated."ratingSum",
      (SELECT json_agg(json_build_array(q.quarter, q.n, q.s::text) ORDER BY q.quarter)
         FROM (SELECT quarter, sum(n)::int AS n, coalesce(sum(s), 0) AS s FROM rated_events GROUP BY quarter) q) AS "byQuarter",
      (SELECT json_agg(json_build_array(rg.code::text, coalesce(x.n, 0), coalesce(rs.n, 0)) ORDER BY rg.code)
         FROM "ProjectRegion" pr
         JOIN "Region" rg ON rg.id = pr."regionId"
         LEFT JOIN experts x ON x."regionId" = pr."regionId"
         LEFT JOIN resources rs ON rs."regionId" = pr."regionId"
        WHERE pr."projectId" = ${projectId}) AS regions
    FROM rated`;
}
