// Смена этапа кандидата by an organizer of the reserve's region: inclusion needs the decision (number,
// date) and a free place, and sets the end of the term; appointment needs the position and date; exclusion
// a reason from the list.
import "server-only";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { applyTransition } from "./apply-transition";
import { managedCandidateScope } from "../auth/policy/managed-candidate-scope";
import { MEMBER_STATUSES } from "./lifecycle";
import type { TransitionInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export async function transitionCandidate(db: Db, actor: SessionUser | null, input: TransitionInput) {
  const scope = managedCandidateScope(actor);
  const me = actor!;
  return db.$transaction(async (tx) => {
    const candidate = await tx.reserveCandidate.findFirst({
      where: { id: input.candidateId, ...scope },
      include: { reserve: true },
    });
    if (!candidate) throw refuse(actor, "reserve.manage", "Кандидат не найден");
    const { reserve, ...row } = candidate;
    if (input.to === "included") {
      const members = await tx.reserveCandidate.count({ where: { reserveId: reserve.id, status: { in: [...MEMBER_STATUSES] } } });
      if (members >= reserve.capacity) {
        throw new AppError("CONFLICT", `В резерве нет свободных мест: ${members} из ${reserve.capacity}`);
      }
      const decisionDate = day(input.decisionDate!);
      const termEndsAt = new Date(decisionDate);
      termEndsAt.setUTCMonth(termEndsAt.getUTCMonth() + reserve.termMonths);
      return applyTransition(tx, row, "included", {
        actorId: me.id,
        reason: input.reason,
        data: { decisionNumber: input.decisionNumber, decisionDate, termEndsAt },
        details: { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate! },
      });
    }
    if (input.to === "appointed") {
      return applyTransition(tx, row, "appointed", {
        actorId: me.id,
        reason: input.reason,
        data: { appointedPosition: input.appointedPosition, appointedAt: day(input.appointedAt!) },
        details: { appointedPosition: input.appointedPosition, appointedAt: input.appointedAt! },
      });
    }
    if (input.to === "excluded") {
      const excludedAt = new Date();
      excludedAt.setUTCHours(0, 0, 0, 0);
      return applyTransition(tx, row, "excluded", {
        actorId: me.id,
        reason: input.reason,
        data: { exclusionReason: input.exclusionReason, excludedAt },
        details: { exclusionReason: input.exclusionReason! },
      });
    }
    return applyTransition(tx, row, input.to, { actorId: me.id, reason: input.reason });
  });
}
