// "Counted events" (kpi-report.md): held events of the project whose start falls in the period
// [start, end). The one SQL form of the condition, over the "Event" row aliased `e`; every raw KPI,
// chart and drill-down query uses it. (The Prisma queries take its twin, KpiScope.countedEvents,
// built next to the bounds in loadKpiScope.)
import "server-only";
import { Prisma } from "@prisma/client";

/**
 * `start` and `end`: UTC wall-time strings (cast to timestamp here, as utcTimestamp gives them) or SQL
 * expressions already of type timestamp (a quarter's bounds from a VALUES list).
 */
export function countedEventsSql(projectId: string, start: string | Prisma.Sql, end: string | Prisma.Sql): Prisma.Sql {
  const at = (bound: string | Prisma.Sql) => (typeof bound === "string" ? Prisma.sql`${bound}::timestamp` : bound);
  return Prisma.sql`e."projectId" = ${projectId} AND e.status = 'held' AND e."startsAt" >= ${at(start)} AND e."startsAt" < ${at(end)}`;
}
