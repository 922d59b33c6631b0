// Конфликт интересов: the juror declares it about an entry assigned to them, or the organizer records it.
// From then on the juror can't score the entry and their earlier scores of it no longer count.
import "server-only";
import type { Db } from "../../db/client";
import type { SessionUser } from "../../auth/permissions";
import { authorize } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../errors/app-error";
import { managedCompetition } from "./managed-competition";

export async function recordConflict(
  db: Db,
  actor: SessionUser | null,
  input: { entryId: string; expertId?: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    const assignment =
      actor?.role === "EXPERT"
        ? await tx.juryAssignment.findFirst({
            where: { entryId: input.entryId, expert: { userId: authorize(actor, "competition.score").id } },
          })
        : await tx.juryAssignment.findFirst({
            where: { entryId: input.entryId, expertId: input.expertId ?? "", competition: managedCompetition(actor) },
          });
    if (!assignment) throw new AppError("NOT_FOUND", "Назначение члена жюри не найдено");
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
