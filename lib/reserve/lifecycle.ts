// The candidate lifecycle as one table: which status may follow which. The transition action, the
// candidate card's buttons and the tests all read it, so an illegal move is refused everywhere alike.
import type { ReserveStatus } from "@prisma/client";

export const RESERVE_STATUSES = [
  "nominated",
  "documents_checked",
  "assessed",
  "included",
  "in_development",
  "appointed",
  "excluded",
] as const satisfies readonly ReserveStatus[];

export const TRANSITIONS: Record<ReserveStatus, readonly ReserveStatus[]> = {
  nominated: ["documents_checked", "excluded"],
  documents_checked: ["assessed", "excluded"],
  assessed: ["included", "excluded"],
  // appointment straight from inclusion is allowed: a plan is not a precondition of appointment
  included: ["in_development", "appointed", "excluded"],
  in_development: ["appointed", "excluded"],
  appointed: [],
  excluded: [],
};

/** Statuses of a member of the reserve (counted against its capacity, given terms and plans). */
export const MEMBER_STATUSES = ["included", "in_development"] as const satisfies readonly ReserveStatus[];

export const canTransition = (from: ReserveStatus, to: ReserveStatus) => TRANSITIONS[from].includes(to);
