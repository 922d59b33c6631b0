// The action under which a user reads reserve candidates — the one candidateScope applies — so that a
// candidate outside it is refused by the rule as «not found» (a mentor's, a member's), not «forbidden».
import { scopeOf, type Action, type SessionUser } from "../permissions";

export function candidateReadAction(actor: SessionUser | null): Action {
  if (actor && scopeOf(actor, "reserve.read")) return "reserve.read";
  if (actor && scopeOf(actor, "reserve.assess") === "self") return "reserve.assess";
  if (actor && scopeOf(actor, "reserve.self")) return "reserve.self";
  return "reserve.read";
}
