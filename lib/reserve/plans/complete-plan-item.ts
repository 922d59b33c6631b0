// The member reports a plan item done: what was done and the evidence (a link to a file or page).
// Only their own plan; a cancelled item can't be completed; a second report replaces the first.
import type { Db } from "../../db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../errors/app-error";
import type { CompleteItemInput } from "../schemas";

export async function completePlanItem(db: Db, actor: SessionUser | null, input: CompleteItemInput, now = new Date()) {
  const me = authorize(actor, "reserve.self");
  return db.$transaction(async (tx) => {
    const item = await tx.developmentPlanItem.findFirst({
      where: { id: input.itemId, plan: { candidate: { participant: { userId: me.id } } } },
    });
    if (!item) throw new AppError("NOT_FOUND", "Пункт плана не найден");
    if (item.status === "cancelled") throw new AppError("CONFLICT", "Пункт плана отменён");
    const after = await tx.developmentPlanItem.update({
      where: { id: item.id },
      data: {
        status: "done",
        memberReport: input.memberReport,
        evidenceUrl: input.evidenceUrl,
        completedAt: item.completedAt ?? now,
      },
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "update",
      entity: "DevelopmentPlanItem",
      entityId: item.id,
      before: item,
      after,
    });
    return after;
  });
}
