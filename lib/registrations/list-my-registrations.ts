import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";

/** Мои регистрации: the registrations of the participant records linked to the user. */
export async function listMyRegistrations(db: Db, user: SessionUser | null, limit = 10) {
  const me = authorize(user, "registration.self");
  return db.registration.findMany({
    where: { participant: { userId: me.id } },
    orderBy: { event: { startsAt: "desc" } },
    take: limit,
    include: { event: { include: { region: { select: { name: true, timezone: true } } } } },
  });
}
