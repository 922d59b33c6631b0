// Завершение одного из своих сеансов (e.g. a forgotten office computer) or all others at once.
import "server-only";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import type { SessionUser } from "../permissions";
import { revokeUserSessions } from "./revoke-user-sessions";

export async function endOwnSession(db: Db, user: SessionUser | null, input: { sessionId: string | "others" }): Promise<number> {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const ended =
    input.sessionId === "others"
      ? await revokeUserSessions(db, user.id, "self", { exceptSessionId: user.sessionId })
      : (
          await db.userSession.updateMany({
            where: { id: input.sessionId, userId: user.id, revokedAt: null },
            data: { revokedAt: new Date(), revokedReason: "self" },
          })
        ).count;
  if (ended)
    await recordSecurityEvent(db, {
      kind: "sessions_revoked",
      userId: user.id,
      email: user.email,
      details: { by: "self", ended },
    });
  return ended;
}
