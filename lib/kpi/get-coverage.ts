// Chart (c): which participant categories and directions the period covers and which it misses. One
// grouped statement per list; "covered" is the categoriesCovered / directionsCovered rule of kpi-report.md.
import { Prisma } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../db/client";
import type { DashboardPeriod } from "./get-dashboard-report";
import { loadKpiScope } from "./load-kpi-scope";

export type CoverageItem = {
  id: string;
  code: string;
  name: string;
  archived: boolean;
  /** categories: attended registrations at counted events; directions: counted events */
  count: number;
  covered: boolean;
};

export type Coverage = { categories: CoverageItem[]; directions: CoverageItem[] };

type Row = Omit<CoverageItem, "covered">;

export async function getCoverage(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  period: DashboardPeriod,
): Promise<Coverage> {
  authorize(user, "kpi.read");
  const { project, start, end } = await loadKpiScope(db, projectCode, period);
  const counted = Prisma.sql`e."projectId" = ${project.id} AND e.status = 'held'
    AND e."startsAt" >= ${start}::timestamp AND e."startsAt" < ${end}::timestamp`;
  const [categories, directions] = await Promise.all([
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT cat.id, cat.code, cat.name, cat."archivedAt" IS NOT NULL AS archived, coalesce(a.n, 0)::int AS count
        FROM "ParticipantCategory" cat
        LEFT JOIN (
          SELECT pa."categoryId", count(*)::int AS n
            FROM "Registration" r
            JOIN "Participant" pa ON pa.id = r."participantId"
            JOIN "Event" e ON e.id = r."eventId"
           WHERE r.attended AND ${counted}
           GROUP BY pa."categoryId") a ON a."categoryId" = cat.id
       WHERE cat."projectId" = ${project.id}
       ORDER BY cat.name, cat.id`),
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT d.id, d.code, d.name, d."archivedAt" IS NOT NULL AS archived, coalesce(c.n, 0)::int AS count
        FROM "Direction" d
        LEFT JOIN (SELECT e."directionId", count(*)::int AS n FROM "Event" e WHERE ${counted} GROUP BY e."directionId") c
          ON c."directionId" = d.id
       WHERE d."projectId" = ${project.id}
       ORDER BY d.name, d.id`),
  ]);
  // an archived item still counts when the period covered it; archived and uncovered it is no longer wanted
  const shape = (rows: Row[]) =>
    rows.map((r) => ({ ...r, covered: r.count > 0 })).filter((item) => item.covered || !item.archived);
  return { categories: shape(categories), directions: shape(directions) };
}
