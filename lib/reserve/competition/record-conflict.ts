// Конфликт интересов: the juror declares it about an entry assigned to them, or the organizer records it.
// From then on the juror can't score the entry and their earlier scores of it no longer count.
import "server-only";
import type { Db } from "../../infra/db/client";
import { scopeOf, type SessionUser } from "../../auth/permissions";
import { linkedExpertWhere } from "../../auth/policy/linked-expert-where";
import { refuse } from "../../auth/policy/refuse";
import { writeAudit } from "../../audit/write-audit";
import { managedCompetition } from "./managed-competition";

export async function recordConflict(
  db: Db,
  actor: SessionUser | null,
  input: { entryId: string; expertId?: string; reason: string },
) {
  // a juror (competition.score) declares a conflict on an entry assigned to them, an organizer records one
  const asJuror = !!actor && !!scopeOf(actor, "competition.score");
  return db.$transaction(async (tx) => {
    const assignment =
      asJuror && actor
        ? await tx.juryAssignment.findFirst({ where: { entryId: input.entryId, expert: linkedExpertWhere(actor.id) } })
        : await tx.juryAssignment.findFirst({
            where: { entryId: input.entryId, expertId: input.expertId ?? "", competition: managedCompetition(actor) },
          });
    if (!assignment) {
      throw refuse(actor, asJuror ? "competition.score" : "competition.manage", "Назначение члена жюри не найдено");
    }
    const after = await tx.juryAssignment.update({
      where: { entryId_expertId: { entryId: assignment.entryId, expertId: assignment.expertId } },
      data: { conflictReason: input.reason },
    });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "update",
      entity: "JuryAssignment",
      entityId: `${assignment.entryId}:${assignment.expertId}`,
      before: assignment,
      after,
    });
    return after;
  });
}
