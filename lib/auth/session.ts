// The signed-in user for server components, actions and route handlers.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../infra/db/client";
import { authorize, type Action, type SessionUser, type Target } from "./permissions";
import { sessionIdFromCookie } from "./session-id-from-cookie";
import { loadSessionUser } from "./sessions/load-session-user";

/** Loads the user behind the session cookie; null when signed out, disabled, revoked or timed out. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await sessionIdFromCookie(await cookies());
  return sid ? loadSessionUser(db, sid) : null;
});

/** The current user, checked for `action` on `target`; throws UNAUTHORIZED / FORBIDDEN. */
export async function requirePermission(action: Action, target?: Target): Promise<SessionUser> {
  return authorize(await getSessionUser(), action, target);
}
