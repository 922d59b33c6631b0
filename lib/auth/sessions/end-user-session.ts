// Выход (or a time-out): the session row is ended, so a copy of the cookie is worthless afterwards.
import "server-only";
import type { DbTx } from "../../infra/db/client";

export async function endUserSession(db: DbTx, sessionId: string, reason = "sign_out", now = new Date()): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count === 1;
}
