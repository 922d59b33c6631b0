// Attended registrations at the counted events of a period, broken down two ways in ONE pass over the
// registrations (GROUPING SETS): by the participant's category (coverage, chart c) and by the pair
// (participant's region, event's region) (the exchange matrix, chart d). The join of registrations with
// participants is the dashboard's most expensive step; the page does it once for both charts.
import { Prisma } from "@prisma/client";
import type { PrismaClient } from "@prisma/client";
import type { DbTx } from "../db/client";
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
  const sql = Prisma.sql`
    SELECT pa."categoryId", pa."regionId" AS "homeId", e."regionId" AS "hostId", count(*)::int AS n,
           GROUPING(pa."regionId") = 1 AS "byCategory"
      FROM "Registration" r
      JOIN "Event" e ON e.id = r."eventId"
      JOIN "Participant" pa ON pa.id = r."participantId"
     WHERE r.attended AND e."projectId" = ${scope.project.id} AND e.status = 'held'
       AND e."startsAt" >= ${scope.start}::timestamp AND e."startsAt" < ${scope.end}::timestamp
     GROUP BY GROUPING SETS ((pa."categoryId"), (pa."regionId", e."regionId"))`;
  // the hash of all participants needs ~20 MB; PostgreSQL's default work_mem (4 MB) splits it into batches
  // on disk. Raised for this statement only (SET LOCAL inside its own transaction).
  const rows =
    "$transaction" in db
      ? await (db as PrismaClient).$transaction(async (tx) => {
          await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
          return tx.$queryRaw<Row[]>(sql);
        })
      : await db.$queryRaw<Row[]>(sql);
  return {
    byCategory: rows.filter((r) => r.byCategory).map((r) => ({ categoryId: r.categoryId!, n: r.n })),
    byRegions: rows.filter((r) => !r.byCategory).map((r) => ({ homeId: r.homeId!, hostId: r.hostId!, n: r.n })),
  };
}
