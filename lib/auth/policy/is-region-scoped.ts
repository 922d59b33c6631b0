// Does the user see only their own regions' records for `action`? (a caption such as «эксперты ваших
// регионов»; the records themselves are filtered by regionWhere)
import { scopeOf, type Action, type SessionUser } from "../permissions";

export function isRegionScoped(user: SessionUser | null | undefined, action: Action): boolean {
  return !!user && scopeOf(user, action) === "own-region";
}
