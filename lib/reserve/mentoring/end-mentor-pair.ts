// Завершение наставничества without a new mentor: an organizer of the mentee's region closes the active pair
// on a date (not before it started). The mentor loses the mentee (log, card); the history stays.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import { refuse } from "../../auth/policy/refuse";

export async function endMentorPair(db: Db, actor: SessionUser | null, input: { pairId: string; endedOn: Date }) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const pair = await tx.mentorPair.findFirst({ where: { id: input.pairId, endedOn: null, candidate: scope } });
    if (!pair) throw refuse(actor, "reserve.manage", "Наставническая пара не найдена");
    if (input.endedOn < pair.startedOn) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { endedOn: ["Не раньше начала наставничества"] });
    }
    const after = await tx.mentorPair.update({ where: { id: pair.id }, data: { endedOn: input.endedOn } });
    await writeAudit(tx, { actorId: actor!.id, action: "update", entity: "MentorPair", entityId: pair.id, before: pair, after });
    return after;
  });
}
