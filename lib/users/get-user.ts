import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";

export async function getUser(db: Db, actor: SessionUser | null, id: string) {
  authorize(actor, "user.manage");
  const user = await db.user.findUnique({
    where: { id },
    include: { regions: true, _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } } } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "Пользователь не найден");
  // secrets never leave this function
  const { passwordHash: _hash, totpSecret: _secret, totpPendingSecret: _pending, _count, ...visible } = user;
  return { ...visible, openSessions: _count.sessions };
}

/** All regions, for the coordinator's region choice. */
export function listRegions(db: Db) {
  return db.region.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
