// Рейтинг эффективности регионального управления за месяц, computed now (or at `asOf`): every region
// of the project with its counts, share and place (rating-method.ts).
import "server-only";
import type { DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { monthBounds } from "../infra/time/period-bounds";
import { projectRegions } from "./project-regions";
import { queryRatingCounts } from "./query-rating-counts";
import { rankRegions, type RatingRow } from "./rank-regions";
import { RATING_METHOD_VERSION } from "./rating-method";

export type MonthlyRating = {
  method: string;
  projectId: string;
  timeZone: string;
  year: number;
  month: number;
  /** first and last local day of the month */
  from: string;
  to: string;
  /** the moment of evaluation (ISO) */
  asOf: string;
  /** has the month ended in the project's zone by `asOf`? */
  closed: boolean;
  rows: RatingRow[];
};

export async function getMonthlyRating(
  db: DbTx,
  actor: SessionUser | null,
  query: { projectId: string; year: number; month: number; asOf?: Date },
): Promise<MonthlyRating> {
  authorize(actor, "rating.read");
  const project = await db.project.findUnique({ where: { id: query.projectId }, select: { id: true, timezone: true } });
  if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
  const bounds = monthBounds({ year: query.year, month: query.month, timeZone: project.timezone });
  const asOf = query.asOf ?? new Date();
  const [regions, counts] = await Promise.all([
    projectRegions(db, project.id),
    queryRatingCounts(db, project.id, bounds.from, bounds.to, asOf),
  ]);
  return {
    method: RATING_METHOD_VERSION,
    projectId: project.id,
    timeZone: project.timezone,
    year: query.year,
    month: query.month,
    from: bounds.from,
    to: bounds.to,
    asOf: asOf.toISOString(),
    closed: bounds.end <= asOf,
    rows: rankRegions(regions, counts),
  };
}
