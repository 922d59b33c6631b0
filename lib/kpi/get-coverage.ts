// Chart (c): which participant categories and directions the period covers and which it misses. One
// grouped statement for directions; categories from the period's attendance breakdown; "covered" is the categoriesCovered / directionsCovered rule of kpi-report.md.
import "server-only";
import { Prisma } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { countedEventsSql } from "./counted-events-sql";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { getAttendanceBreakdown, type AttendanceBreakdown } from "./get-attendance-breakdown";
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
  /** the period's breakdown when the caller has it already (the dashboard shares it with the matrix) */
  attendance?: Promise<AttendanceBreakdown>,
): Promise<Coverage> {
  authorize(user, "kpi.read");
  return computeCoverage(db, projectCode, period, attendance);
}

/** The same without the permission check: only for a caller that has authorized (the cached dashboard figures). */
export async function computeCoverage(
  db: DbTx,
  projectCode: string,
  period: DashboardPeriod,
  /** the period's breakdown when the caller has it already (the dashboard shares it with the matrix) */
  attendance?: Promise<AttendanceBreakdown>,
): Promise<Coverage> {
  const { project, start, end } = await loadKpiScope(db, projectCode, period);
  const counted = countedEventsSql(project.id, start, end);
  const [categories, directions] = await Promise.all([
    (async () => {
      const [all, breakdown] = await Promise.all([
        db.participantCategory.findMany({
          where: { projectId: project.id },
          select: { id: true, code: true, name: true, archivedAt: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
        attendance ?? getAttendanceBreakdown(db, { project, start, end }),
      ]);
      const count = new Map(breakdown.byCategory.map((c) => [c.categoryId, c.n]));
      return all.map(({ archivedAt, ...c }): Row => ({ ...c, archived: archivedAt !== null, count: count.get(c.id) ?? 0 }));
    })(),
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
