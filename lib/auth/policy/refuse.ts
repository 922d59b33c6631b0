// THE REFUSAL RULE — one for every page, action, route and query:
//   signed out                                            → UNAUTHORIZED (401; a page redirects to sign-in)
//   signed in, the action is not in the role's matrix     → FORBIDDEN (403)
//   signed in, action allowed, the record outside scope   → NOT_FOUND (404: its existence is not revealed)
//   (staff owing the second factor                        → SECOND_FACTOR_REQUIRED, as `authorize` says)
// Writing INTO a region outside the scope (creating or moving a record there) is FORBIDDEN with a field
// error: the region's existence is no secret. So is a condition on the user's own, visible record (not a
// participant of the project, not marked as attended, another category): FORBIDDEN with the reason. Every refusal of a signed-in user — FORBIDDEN always,
// NOT_FOUND when made here — goes to the security log at the boundary (lib/security-log/record-refusal.ts,
// called by form actions, pages, the API and downloads), so the success path costs no extra query.
import { AppError, type FieldErrors } from "../../infra/errors/app-error";
import { authorize, type Action, type SessionUser } from "../permissions";

/** The marker recordRefusal reads: this NOT_FOUND is a scope refusal of `action`, not a mistyped link. */
export type ScopeRefusal = AppError & { refusedAction: Action | "any" };

/**
 * The error to throw when `user` asked for `action` on a record the scoped query did not find: the rule
 * above decides its code. `message` (Russian) is what a signed-in user with the permission sees.
 */
export function refuse(
  user: SessionUser | null | undefined,
  action: Action,
  message: string,
  fieldErrors?: FieldErrors,
): AppError {
  try {
    authorize(user, action);
  } catch (error) {
    return error as AppError;
  }
  return Object.assign(new AppError("NOT_FOUND", message, fieldErrors), { refusedAction: action });
}

/**
 * A record outside every scope the signed-in user has, when several actions could reach it (a stored file:
 * diagnostics, plan evidence, a report's attachment): always NOT_FOUND, logged as a refusal.
 */
export function refuseHidden(user: SessionUser, message: string): AppError {
  return Object.assign(new AppError("NOT_FOUND", message), { refusedAction: "any" as const });
}

export function isScopeRefusal(error: unknown): error is ScopeRefusal {
  return error instanceof AppError && error.code === "NOT_FOUND" && "refusedAction" in error;
}
