// The project and the period bounds every dashboard query starts from: bounds only from periodBounds,
// in the project's zone, exactly as computeKpiReport takes them, so a drill-down list and the number it
// explains always look at the same instants.
import "server-only";
import type { Prisma, Project } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { periodBounds, type PeriodBounds } from "../infra/time/period-bounds";
import type { DashboardPeriod } from "../infra/time/dashboard-period";
import { utcTimestamp } from "../infra/time/utc-timestamp";

export type KpiScope = {
  project: Project;
  bounds: PeriodBounds;
  /** bounds as UTC wall-time strings for raw SQL (`${start}::timestamp`) */
  start: string;
  end: string;
  /** "counted events" (kpi-report.md): held events of the project starting in the period */
  countedEvents: Prisma.EventWhereInput;
};

export async function loadKpiScope(db: DbTx, projectCode: string, period: DashboardPeriod): Promise<KpiScope> {
  const project = await db.project.findUnique({ where: { code: projectCode } });
  if (!project) throw new AppError("NOT_FOUND", `Проект «${projectCode}» не найден`);
  const bounds = periodBounds({ ...period, timeZone: project.timezone });
  return {
    project,
    bounds,
    start: utcTimestamp(bounds.start),
    end: utcTimestamp(bounds.end),
    countedEvents: { projectId: project.id, status: "held", startsAt: { gte: bounds.start, lt: bounds.end } },
  };
}
