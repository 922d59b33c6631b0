// Отмена пункта ИОМ by an organizer, with the reason: the item leaves the plan's progress (done ÷ not
// cancelled). A done item can't be cancelled — the member's completed work stays counted.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCandidateScope } from "../../auth/policy/managed-candidate-scope";
import { refuse } from "../../auth/policy/refuse";

export async function cancelPlanItem(db: Db, actor: SessionUser | null, input: { itemId: string; reason: string }) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const item = await tx.developmentPlanItem.findFirst({ where: { id: input.itemId, plan: { candidate: scope } } });
    if (!item) throw refuse(actor, "reserve.manage", "Пункт плана не найден");
    if (item.status === "done") throw new AppError("CONFLICT", "Выполненный пункт отменить нельзя");
    if (item.status === "cancelled") throw new AppError("CONFLICT", "Пункт плана уже отменён");
    // the update names the status it read, so a member's report arriving meanwhile isn't overwritten
    const { count } = await tx.developmentPlanItem.updateMany({
      where: { id: item.id, status: "planned" },
      data: { status: "cancelled", cancelReason: input.reason },
    });
    if (!count) throw new AppError("CONFLICT", "Пункт плана только что изменили: обновите страницу");
    const after = await tx.developmentPlanItem.findUniqueOrThrow({ where: { id: item.id } });
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
