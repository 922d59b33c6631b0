// Динамика рейтинга: each region's share of on-time fulfilment month by month over a year (one SQL
// query grouped by region and month); months without counted assignments are gaps (null), not zeros.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { projectRegions } from "./project-regions";
import { queryRatingCounts } from "./query-rating-counts";
import { rankRegions } from "./rank-regions";

export type RatingTrend = {
  year: number;
  regions: { id: string; name: string }[];
  /** 12 months: yyyy-mm and each region's share (percent) or null */
  months: { month: string; shares: Record<string, number | null> }[];
};

export async function getRatingTrend(
  db: DbTx,
  actor: SessionUser | null,
  query: { projectId: string; year: number; asOf?: Date },
): Promise<RatingTrend> {
  authorize(actor, "rating.read");
  const project = await db.project.findUnique({ where: { id: query.projectId }, select: { id: true } });
  if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
  const asOf = query.asOf ?? new Date();
  const [regions, counts] = await Promise.all([
    projectRegions(db, project.id),
    queryRatingCounts(db, project.id, `${query.year}-01-01`, `${query.year}-12-31`, asOf),
  ]);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${query.year}-${String(i + 1).padStart(2, "0")}`;
    const rows = rankRegions(
      regions,
      counts.filter((c) => c.month === month),
    );
    return { month, shares: Object.fromEntries(rows.map((r) => [r.regionId, r.sharePercent])) };
  });
  return { year: query.year, regions: regions.map((r) => ({ id: r.id, name: r.name })), months };
}
