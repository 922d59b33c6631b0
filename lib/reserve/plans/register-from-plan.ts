// Запись на мероприятие из ИОМ: the member's own event item goes through the ordinary registration (seats,
// wait-list, approval and categories all apply).
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { registerForEvent } from "../../registrations/register-for-event";
import { refuse } from "../../auth/policy/refuse";

export async function registerFromPlan(db: Db, actor: SessionUser | null, itemId: string, now = new Date()) {
  const me = authorize(actor, "reserve.self");
  const item = await db.developmentPlanItem.findFirst({
    where: { id: itemId, kind: "event", eventId: { not: null }, plan: { candidate: { participant: { userId: me.id } } } },
  });
  if (!item) throw refuse(me, "reserve.self", "Пункт плана не найден");
  return registerForEvent(db, me, item.eventId!, now);
}
