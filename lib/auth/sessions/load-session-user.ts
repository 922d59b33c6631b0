// Кто за этим сеансом: the session row decides on every request (revoked, idle, too old, user
// disabled → nobody), so a revocation takes effect at once on every instance.
import "server-only";
import type { DbTx } from "../../infra/db/client";
import type { SessionUser } from "../permissions";
import { endUserSession } from "./end-user-session";
import { LAST_SEEN_RESOLUTION_MS, sessionTimeouts } from "./session-timeouts";

type SessionRow = {
  revokedAt: Date | null;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  email: string;
  fullName: string;
  role: SessionUser["role"];
  active: boolean;
  totpEnabledAt: Date | null;
  regionIds: string[];
  requireTotpForStaff: boolean;
};

export async function loadSessionUser(db: DbTx, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  // one statement: it runs before every page, action and API answer (the ORM's includes would be four)
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."revokedAt", s."lastSeenAt", s."expiresAt", u.id AS "userId", u.email, u."fullName", u.role::text AS role,
           u.active, u."totpEnabledAt",
           array(SELECT ur."regionId" FROM "UserRegion" ur WHERE ur."userId" = u.id ORDER BY ur."regionId") AS "regionIds",
           coalesce((SELECT p."requireTotpForStaff" FROM "SecurityPolicy" p WHERE p.id = 1), true) AS "requireTotpForStaff"
      FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = ${sessionId}`;
  if (!session || session.revokedAt || !session.active) return null;
  const { idleMs } = sessionTimeouts();
  const idle = now.getTime() - session.lastSeenAt.getTime() > idleMs;
  if (idle || session.expiresAt <= now) {
    await endUserSession(db, sessionId, idle ? "idle" : "expired", now);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    id: session.userId,
    email: session.email,
    fullName: session.fullName,
    role: session.role,
    regionIds: session.regionIds,
    sessionId,
    // staff must have a second factor when the policy says so; until then they may only enrol
    secondFactorMissing: session.requireTotpForStaff && session.role !== "PARTICIPANT" && !session.totpEnabledAt,
  };
}
