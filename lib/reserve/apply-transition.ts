// One move of the lifecycle inside a transaction: checked against the table, guarded against a concurrent
// change (the update names the status it read), with its history line and audit entry.
import "server-only";
import type { Prisma, ReserveCandidate, ReserveStatus } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { RESERVE_STATUS_NAMES } from "./labels";
import { canTransition } from "./lifecycle";

export async function applyTransition(
  tx: DbTx,
  candidate: ReserveCandidate,
  to: ReserveStatus,
  change: {
    actorId: string;
    reason?: string | null;
    data?: Prisma.ReserveCandidateUpdateManyMutationInput;
    details?: Prisma.InputJsonObject;
  },
) {
  if (!canTransition(candidate.status, to)) {
    throw new AppError(
      "CONFLICT",
      `Нельзя перевести кандидата из статуса «${RESERVE_STATUS_NAMES[candidate.status]}» в «${RESERVE_STATUS_NAMES[to]}»`,
    );
  }
  const { count } = await tx.reserveCandidate.updateMany({
    where: { id: candidate.id, status: candidate.status },
    data: { ...change.data, status: to },
  });
  if (!count) throw new AppError("CONFLICT", "Статус кандидата только что изменили: обновите страницу");
  await tx.reserveStatusChange.create({
    data: {
      candidateId: candidate.id,
      fromStatus: candidate.status,
      toStatus: to,
      reason: change.reason,
      actorId: change.actorId,
      details: change.details,
    },
  });
  const after = await tx.reserveCandidate.findUniqueOrThrow({ where: { id: candidate.id } });
  await writeAudit(tx, {
    actorId: change.actorId,
    action: "update",
    entity: "ReserveCandidate",
    entityId: candidate.id,
    before: candidate,
    after,
  });
  return after;
}
