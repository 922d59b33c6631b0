// Ежемесячный срез (ADMIN, MINISTRY): the month's rating computed at this moment and frozen as JSON, the
// version sent to the regional ministers. Only a month that has ended in the project's zone; one per
// month, so later reports, acceptances or deadline changes never rewrite a sent month.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError, isUniqueViolation } from "../infra/errors/app-error";
import { formatDateTime } from "../infra/time/format-date";
import { getMonthlyRating } from "./get-monthly-rating";

export async function takeRatingSnapshot(
  db: Db,
  actor: SessionUser | null,
  input: { projectId: string; year: number; month: number },
  now = new Date(),
) {
  const user = authorize(actor, "rating.snapshot");
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.ratingSnapshot.findUnique({
        where: { projectId_month: { projectId: input.projectId, month: monthDate(input) } },
        include: { project: { select: { timezone: true } } },
      });
      if (existing) {
        throw new AppError(
          "CONFLICT",
          `Срез за этот месяц уже зафиксирован ${formatDateTime(existing.takenAt, existing.project.timezone)}`,
        );
      }
      const rating = await getMonthlyRating(tx, user, { ...input, asOf: now });
      if (!rating.closed) throw new AppError("CONFLICT", "Месяц ещё не закончился: срез фиксируется после его окончания");
      const project = await tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { name: true, code: true } });
      const data = { ...rating, projectName: project.name, projectCode: project.code };
      const snapshot = await tx.ratingSnapshot.create({
        data: {
          projectId: input.projectId,
          month: monthDate(input),
          takenAt: now,
          takenById: user.id,
          data: data as unknown as Prisma.InputJsonValue,
        },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "RatingSnapshot",
        entityId: snapshot.id,
        after: snapshot,
      });
      return snapshot;
    });
  } catch (error) {
    // two people pressing at once: the unique (project, month) keeps one
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Срез за этот месяц уже зафиксирован");
    throw error;
  }
}

const monthDate = (m: { year: number; month: number }) => new Date(Date.UTC(m.year, m.month - 1, 1));
