// Комментарий наставника или куратора к пункту плана: the member's active mentor, or an organizer of the
// reserve's region.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../../db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../errors/app-error";
import { managedCandidateScope } from "../candidate-scope";

export async function commentPlanItem(db: Db, actor: SessionUser | null, input: { itemId: string; comment: string }) {
  let scope: Prisma.ReserveCandidateWhereInput;
  if (actor?.role === "EXPERT") {
    const me = authorize(actor, "reserve.mentor");
    scope = { mentorPairs: { some: { endedOn: null, expert: { userId: me.id } } } };
  } else scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const item = await tx.developmentPlanItem.findFirst({ where: { id: input.itemId, plan: { candidate: scope } } });
    if (!item) throw new AppError("NOT_FOUND", "Пункт плана не найден");
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
