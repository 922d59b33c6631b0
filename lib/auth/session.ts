// The signed-in user for server components, actions and route handlers.
import { cache } from "react";
import { db } from "../db/client";
import { auth } from "./auth";
import { authorize, type Action, type SessionUser, type Target } from "./permissions";
import { loadSessionUser } from "./sessions/load-session-user";

/** Loads the user behind the session cookie; null when signed out, disabled, revoked or timed out. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { sid?: string } | null;
  if (!session?.sid) return null;
  return loadSessionUser(db, session.sid);
});

/** The current user, checked for `action` on `target`; throws UNAUTHORIZED / FORBIDDEN. */
export async function requirePermission(action: Action, target?: Target): Promise<SessionUser> {
  return authorize(await getSessionUser(), action, target);
}
