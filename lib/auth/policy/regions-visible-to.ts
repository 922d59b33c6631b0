// The regions a user may pick for `action` (filters, the region field of a form): all of them for an
// "all" scope, their own for "own-region", none without the permission.
import { scopeOf, type Action, type SessionUser } from "../permissions";

export function regionsVisibleTo<R extends { id: string }>(
  user: SessionUser | null | undefined,
  action: Action,
  regions: readonly R[],
): R[] {
  const scope = user ? scopeOf(user, action) : undefined;
  if (scope === "all") return [...regions];
  if (scope === "own-region") return regions.filter((r) => user!.regionIds.includes(r.id));
  return [];
}
