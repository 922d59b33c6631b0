// The signed-in user for server components, actions and route handlers.
import { cache } from "react";
import { db } from "../db/client";
import { auth } from "./auth";
import { authorize, type Action, type SessionUser, type Target } from "./permissions";

/** Loads the user named by the session cookie; null when signed out, disabled or revoked. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    include: { regions: { select: { regionId: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sv ?? 0)) return null;
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    regionIds: user.regions.map((r) => r.regionId),
  };
});

/** The current user, checked for `action` on `target`; throws UNAUTHORIZED / FORBIDDEN. */
export async function requirePermission(action: Action, target?: Target): Promise<SessionUser> {
  return authorize(await getSessionUser(), action, target);
}
