// One frozen month of the rating, as it was taken (the digest is built from this, never recomputed).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import type { MonthlyRating } from "./get-monthly-rating";

export type SnapshotData = MonthlyRating & { projectName: string; projectCode: string };

export async function getRatingSnapshot(db: Db, actor: SessionUser | null, id: string) {
  authorize(actor, "rating.read");
  const snapshot = await db.ratingSnapshot.findUnique({
    where: { id },
    select: { id: true, takenAt: true, data: true, takenBy: { select: { fullName: true } } },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "Срез рейтинга не найден");
  return {
    id: snapshot.id,
    takenAt: snapshot.takenAt,
    takenBy: snapshot.takenBy?.fullName ?? null,
    data: snapshot.data as unknown as SnapshotData,
  };
}

export type RatingSnapshotView = Awaited<ReturnType<typeof getRatingSnapshot>>;
