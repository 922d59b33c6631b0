// Мои активные сеансы: where and since when the user is signed in.
import "server-only";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { pageArgs, toPage } from "../../infra/pagination";
import type { SessionUser } from "../permissions";
import { sessionTimeouts } from "./session-timeouts";

export async function listOwnSessions(db: Db, user: SessionUser | null, page = 1, now = new Date()) {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const where = {
    userId: user.id,
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: new Date(now.getTime() - sessionTimeouts().idleMs) },
  };
  const [items, total] = await Promise.all([
    db.userSession.findMany({
      where,
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
      ...pageArgs(page),
    }),
    db.userSession.count({ where }),
  ]);
  return toPage(
    items.map((s) => ({ ...s, current: s.id === user.sessionId })),
    total,
    page,
  );
}
