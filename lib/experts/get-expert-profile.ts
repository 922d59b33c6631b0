// Профиль эксперта for the EXPERT user themself (Expert.userId): their data, the events they took part in
// with their role and their conclusion on each (paginated). A user without an expert record of the
// project gets NOT_FOUND with an explanation.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { pageArgs, toPage } from "../infra/pagination";
import { visibleEventsWhere } from "../events/event-visibility";

export async function getExpertProfile(db: Db, actor: SessionUser | null, projectId: string, page = 1) {
  const user = authorize(actor, "expert.profile");
  const expert = await db.expert.findFirst({
    where: { projectId, userId: user.id },
    include: {
      region: { select: { name: true } },
      directions: { select: { direction: { select: { name: true } } } },
    },
  });
  if (!expert) throw new AppError("NOT_FOUND", "Ваша учётная запись не связана с экспертом проекта — обратитесь к координатору");
  // a draft the expert is linked to stays hidden until it is published (lib/events/event-visibility.ts)
  const where = { expertId: expert.id, event: visibleEventsWhere(user) };
  const [links, total] = await Promise.all([
    db.eventExpert.findMany({
      where,
      orderBy: [{ event: { startsAt: "desc" } }, { eventId: "asc" }],
      select: {
        role: true,
        event: {
          select: {
            id: true,
            title: true,
            startsAt: true,
            status: true,
            region: { select: { name: true, timezone: true } },
            conclusions: { where: { expertId: expert.id }, select: { id: true, assessment: true, updatedAt: true } },
          },
        },
      },
      ...pageArgs(page),
    }),
    db.eventExpert.count({ where }),
  ]);
  return {
    expert,
    events: toPage(
      links.map(({ role, event: { conclusions, ...event } }) => ({ role, event, conclusion: conclusions[0] ?? null })),
      total,
      page,
    ),
  };
}
