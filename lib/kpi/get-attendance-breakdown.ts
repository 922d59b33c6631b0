// Attended registrations at the counted events of a period, broken down two ways in ONE pass (GROUPING
// SETS): by the participant's category (coverage, chart c) and by the pair (participant's region, event's
// region) (the exchange matrix, chart d). Read from EventAttendanceSummary — per event, attendances by
// category and home region, kept exact by the database's triggers (migration
// 20261125220000_event_attendance_summary) — so the period's registrations are not joined with their
// participants here: a year of the 89-region benchmark is ≈ 210 000 summary rows instead of 370 000
// registrations × 200 000 participants.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { countedEventsSql } from "./counted-events-sql";
import type { KpiScope } from "./load-kpi-scope";

export type AttendanceBreakdown = {
  byCategory: { categoryId: string; n: number }[];
  byRegions: { homeId: string; hostId: string; n: number }[];
};

type Row = { categoryId: string | null; homeId: string | null; hostId: string | null; n: number; byCategory: boolean };

export async function getAttendanceBreakdown(
  db: DbTx,
  scope: Pick<KpiScope, "project" | "start" | "end">,
): Promise<AttendanceBreakdown> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT s."categoryId", s."homeRegionId" AS "homeId", e."regionId" AS "hostId", sum(s.attended)::int AS n,
           GROUPING(s."homeRegionId") = 1 AS "byCategory"
      FROM "EventAttendanceSummary" s
      JOIN "Event" e ON e.id = s."eventId"
     WHERE ${countedEventsSql(scope.project.id, scope.start, scope.end)}
     GROUP BY GROUPING SETS ((s."categoryId"), (s."homeRegionId", e."regionId"))`);
  return {
    byCategory: rows.filter((r) => r.byCategory).map((r) => ({ categoryId: r.categoryId!, n: r.n })),
    byRegions: rows.filter((r) => !r.byCategory).map((r) => ({ homeId: r.homeId!, hostId: r.hostId!, n: r.n })),
  };
}
