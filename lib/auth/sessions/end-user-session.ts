// Выход: the session row is ended, so a copy of the cookie is worthless afterwards.
import type { DbTx } from "../../db/client";

export async function endUserSession(db: DbTx, sessionId: string, reason = "sign_out"): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count === 1;
}
