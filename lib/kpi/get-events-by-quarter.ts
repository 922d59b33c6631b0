// Chart (a): held events per quarter and region over one year, counted in one grouped statement. Each
// quarter's bounds come from periodBounds, so a quarter's total is the eventsHeld of that quarter's report.
import "server-only";
import { Prisma } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { periodBounds } from "../infra/time/period-bounds";
import { countedEventsSql } from "./counted-events-sql";
import { loadKpiScope } from "./load-kpi-scope";
import { utcTimestamp } from "../infra/time/utc-timestamp";

export type ChartRegion = { id: string; code: string; name: string };

export type QuarterEvents = {
  quarter: number;
  /** first and last local day of the quarter (yyyy-mm-dd) — the events list's from/to */
  from: string;
  to: string;
  total: number;
  /** region code → held events; every region of the project is present, zeros included */
  byRegion: Record<string, number>;
};

export type EventsByQuarter = {
  year: number;
  annualTarget: number;
  /**
   * The reference line: the project's annual target (eventsHeld, project-wide) spread evenly over four
   * quarters and all regions. Neither the seed nor kpi-report.md sets regional or quarterly targets, so the
   * even share is the neutral pace: a region at or above it in every quarter carries its part of the year.
   */
  targetPerRegionQuarter: number;
  /** regions of the project (the divisor of the target) */
  projectRegionCount: number;
  regions: ChartRegion[];
  quarters: QuarterEvents[];
};

type Row = { quarter: number; regionId: string; n: number };

export async function getEventsByQuarter(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  year: number,
): Promise<EventsByQuarter> {
  authorize(user, "kpi.read");
  return computeEventsByQuarter(db, projectCode, year);
}

/** The same without the permission check: only for a caller that has authorized (the cached dashboard figures). */
export async function computeEventsByQuarter(db: DbTx, projectCode: string, year: number): Promise<EventsByQuarter> {
  const { project } = await loadKpiScope(db, projectCode, { year, quarter: null, cumulative: false });
  const quarters = [1, 2, 3, 4].map((quarter) => periodBounds({ year, quarter, timeZone: project.timezone }));
  const ranges = Prisma.join(
    quarters.map((q) => Prisma.sql`(${q.quarter}::int, ${utcTimestamp(q.start)}::timestamp, ${utcTimestamp(q.end)}::timestamp)`),
  );
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT q.n AS quarter, e."regionId", count(*)::int AS n
      FROM "Event" e
      JOIN (VALUES ${ranges}) AS q(n, qs, qe) ON ${countedEventsSql(project.id, Prisma.sql`q.qs`, Prisma.sql`q.qe`)}
     GROUP BY q.n, e."regionId"`);

  // the project's regions, and any other region a held event was (wrongly) placed in, so sums stay whole
  const regions = await db.region.findMany({
    where: { OR: [{ projects: { some: { projectId: project.id } } }, { id: { in: rows.map((r) => r.regionId) } }] },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true },
  });
  const codeOf = new Map(regions.map((r) => [r.id, r.code]));
  const projectRegionCount = await db.projectRegion.count({ where: { projectId: project.id } });

  return {
    year,
    annualTarget: project.targetEventsHeld,
    targetPerRegionQuarter: projectRegionCount ? project.targetEventsHeld / (4 * projectRegionCount) : 0,
    projectRegionCount,
    regions,
    quarters: quarters.map((q) => {
      const byRegion = Object.fromEntries(regions.map((r) => [r.code, 0]));
      let total = 0;
      for (const row of rows) {
        if (row.quarter !== q.quarter) continue;
        byRegion[codeOf.get(row.regionId)!] = row.n;
        total += row.n;
      }
      return { quarter: q.quarter!, from: q.from, to: q.to, total, byRegion };
    }),
  };
}
