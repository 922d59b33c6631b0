import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";
import { isEventVisibleTo } from "./event-visibility";

export async function getEvent(db: Db, user: SessionUser | null, id: string) {
  authorize(user, "event.read");
  const event = await db.event.findUnique({
    where: { id },
    include: {
      region: true,
      direction: true,
      project: { select: { id: true, code: true, name: true, timezone: true } },
      experts: { include: { expert: { select: { fullName: true, independent: true, userId: true } } } },
      targetCategories: { include: { category: { select: { name: true } } } },
      _count: { select: { registrations: { where: { status: "registered" } } } },
    },
  });
  // a draft is as good as absent for everyone but its organizers
  if (!event || !isEventVisibleTo(user, event)) throw refuse(user, "event.read", "Мероприятие не найдено");
  const canManage = can(user, "event.manage", { regionId: event.regionId });
  return { event, canManage };
}

/** The event for its edit form: only for those who may manage events of its region. */
export async function getEventForEdit(db: Db, user: SessionUser | null, id: string) {
  const { event, canManage } = await getEvent(db, user, id);
  if (!canManage) throw refuse(user, "event.manage", "Мероприятие не найдено среди мероприятий ваших регионов");
  return event;
}
