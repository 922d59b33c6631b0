// The conclusions on an event's page: for its organizers (the region's coordinators), the ministry and the
// administrator; paginated. Others get FORBIDDEN (the page simply doesn't show the section to them).
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { pageArgs, toPage } from "../infra/pagination";

export const CONCLUSIONS_PAGE_SIZE = 10;

export async function listEventConclusions(db: Db, actor: SessionUser | null, eventId: string, page = 1) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { regionId: true } });
  if (!event) throw new AppError("NOT_FOUND", "Мероприятие не найдено");
  authorize(actor, "conclusion.read", { regionId: event.regionId });
  const where = { eventId };
  const [items, total] = await Promise.all([
    db.expertConclusion.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        whatWorked: true,
        recommendations: true,
        assessment: true,
        updatedAt: true,
        expert: { select: { fullName: true, independent: true, organization: true } },
      },
      ...pageArgs(page, CONCLUSIONS_PAGE_SIZE),
    }),
    db.expertConclusion.count({ where }),
  ]);
  return toPage(items, total, page, CONCLUSIONS_PAGE_SIZE);
}
