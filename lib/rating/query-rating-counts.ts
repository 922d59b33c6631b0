// The rating's counts in SQL, per region and month of the deadline: on time, late, missing, not yet due,
// and the summed delay in started days (rating-method.ts). `asOf` is the moment of evaluation.
import "server-only";
import type { DbTx } from "../infra/db/client";

export type RatingCounts = {
  regionId: string;
  /** yyyy-mm of the deadline */
  month: string;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  delayDays: number;
};

/** Items of `projectId` due from `fromDay` to `toDay` (yyyy-mm-dd, inclusive), evaluated at `asOf`. */
export async function queryRatingCounts(db: DbTx, projectId: string, fromDay: string, toDay: string, asOf: Date) {
  // timestamps are stored as UTC wall time without a zone: an ISO string cast to timestamp compares right
  const at = asOf.toISOString();
  return db.$queryRaw<RatingCounts[]>`
    WITH x AS (
      SELECT i."regionId", to_char(i."dueDate", 'YYYY-MM') AS month, i."dueAt", i."reportedAt",
             (i."acceptedAt" IS NOT NULL AND i."acceptedAt" <= ${at}::timestamp) AS accepted
      FROM "AssignmentItem" i
      JOIN "Assignment" a ON a.id = i."assignmentId"
      WHERE a."projectId" = ${projectId} AND i."dueDate" BETWEEN ${fromDay}::date AND ${toDay}::date
    )
    SELECT "regionId", month,
      count(*) FILTER (WHERE accepted AND "reportedAt" < "dueAt")::int AS "onTime",
      count(*) FILTER (WHERE accepted AND "reportedAt" >= "dueAt")::int AS late,
      count(*) FILTER (WHERE NOT accepted AND "dueAt" <= ${at}::timestamp)::int AS missing,
      count(*) FILTER (WHERE NOT accepted AND "dueAt" > ${at}::timestamp)::int AS pending,
      coalesce(sum(CASE
        WHEN accepted AND "reportedAt" >= "dueAt" THEN floor(extract(epoch FROM "reportedAt" - "dueAt") / 86400) + 1
        WHEN NOT accepted AND "dueAt" <= ${at}::timestamp THEN floor(extract(epoch FROM ${at}::timestamp - "dueAt") / 86400) + 1
        ELSE 0 END), 0)::int AS "delayDays"
    FROM x
    GROUP BY "regionId", month
    ORDER BY month, "regionId"`;
}
