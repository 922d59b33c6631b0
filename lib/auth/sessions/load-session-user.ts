// Кто за этим сеансом: the session row decides on every request (revoked, idle, too old, user
// disabled → nobody), so a revocation takes effect at once on every instance.
import type { DbTx } from "../../db/client";
import type { SessionUser } from "../permissions";
import { endUserSession } from "./end-user-session";
import { LAST_SEEN_RESOLUTION_MS, sessionTimeouts } from "./session-timeouts";

export async function loadSessionUser(db: DbTx, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const [session, policy] = await Promise.all([
    db.userSession.findUnique({
      where: { id: sessionId },
      include: { user: { include: { regions: { select: { regionId: true } } } } },
    }),
    db.securityPolicy.findUnique({ where: { id: 1 } }),
  ]);
  if (!session || session.revokedAt || !session.user.active) return null;
  const { idleMs } = sessionTimeouts();
  const idle = now.getTime() - session.lastSeenAt.getTime() > idleMs;
  if (idle || session.expiresAt <= now) {
    await endUserSession(db, sessionId, idle ? "idle" : "expired", now);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    regionIds: user.regions.map((r) => r.regionId),
    sessionId,
    // staff must have a second factor when the policy says so; until then they may only enrol
    secondFactorMissing: (policy?.requireTotpForStaff ?? true) && user.role !== "PARTICIPANT" && !user.totpEnabledAt,
  };
}
