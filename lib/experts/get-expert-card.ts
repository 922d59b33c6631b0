// Карточка эксперта: data, directions, consent and the events they took part in with their role
// (paginated). Opening it is logged in the personal-data access journal; the card is found through the
// region scope, so an id of another region's expert is "not found".
import "server-only";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { pageArgs, toPage } from "../infra/pagination";
import { logExpertAccess } from "./log-expert-access";

export async function getExpertCard(db: Db, actor: SessionUser | null, expertId: string, eventsPage = 1) {
  const user = authorize(actor, "expert.manage");
  const expert = await db.expert.findFirst({
    where: { id: expertId, ...regionWhere(user, "expert.manage") },
    include: {
      region: { select: { id: true, name: true } },
      project: { select: { timezone: true } },
      user: { select: { email: true } },
      directions: { select: { directionId: true, direction: { select: { name: true } } } },
    },
  });
  if (!expert) throw new AppError("NOT_FOUND", "Эксперт не найден");
  const where = { expertId: expert.id };
  const [links, total] = await Promise.all([
    db.eventExpert.findMany({
      where,
      orderBy: [{ event: { startsAt: "desc" } }, { eventId: "asc" }],
      select: {
        role: true,
        event: {
          select: { id: true, title: true, startsAt: true, status: true, region: { select: { name: true, timezone: true } } },
        },
      },
      ...pageArgs(eventsPage),
    }),
    db.eventExpert.count({ where }),
  ]);
  await logExpertAccess(db, user.id, expert.id, "view");
  return { expert, events: toPage(links, total, eventsPage) };
}
