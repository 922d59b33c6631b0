// Комментарий наставника или куратора к пункту плана: the member's active mentor, or an organizer of the
// reserve's region.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../../infra/db/client";
import { scopeOf, type SessionUser } from "../../auth/permissions";
import { activeMentorWhere } from "../../auth/policy/active-mentor-where";
import { refuse } from "../../auth/policy/refuse";
import { writeAudit } from "../../audit/write-audit";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";

export async function commentPlanItem(db: Db, actor: SessionUser | null, input: { itemId: string; comment: string }) {
  // a mentor (reserve.mentor) comments their mentees' plans, an organizer those of their regions
  const asMentor = !!actor && !!scopeOf(actor, "reserve.mentor");
  const scope: Prisma.ReserveCandidateWhereInput = asMentor ? activeMentorWhere(actor.id) : managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const item = await tx.developmentPlanItem.findFirst({ where: { id: input.itemId, plan: { candidate: scope } } });
    if (!item) throw refuse(actor, asMentor ? "reserve.mentor" : "reserve.manage", "Пункт плана не найден");
    const after = await tx.developmentPlanItem.update({ where: { id: item.id }, data: { mentorComment: input.comment } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "update",
      entity: "DevelopmentPlanItem",
      entityId: item.id,
      before: item,
      after,
    });
    return after;
  });
}
