// Завершение сеансов пользователя: every instance refuses them from the next request on, because each
// request reads the session row. `exceptSessionId` keeps the caller's own session (password change).
import "server-only";
import type { DbTx } from "../../infra/db/client";

export type RevokeReason =
  "sign_out" | "disabled" | "rights_changed" | "password_changed" | "admin" | "self" | "second_factor_reset" | "anonymized";

export async function revokeUserSessions(
  db: DbTx,
  userId: string,
  reason: RevokeReason,
  options: { exceptSessionId?: string; now?: Date } = {},
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, id: options.exceptSessionId ? { not: options.exceptSessionId } : undefined },
    data: { revokedAt: options.now ?? new Date(), revokedReason: reason },
  });
  return count;
}
