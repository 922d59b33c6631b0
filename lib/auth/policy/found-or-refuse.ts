// The record a scoped query found, or the refusal the rule gives (refuse.ts): the usual last line of a
// domain function's lookup, so that no caller writes its own FORBIDDEN or NOT_FOUND.
import type { Action, SessionUser } from "../permissions";
import { refuse } from "./refuse";

export function foundOrRefuse<T>(
  record: T | null | undefined,
  user: SessionUser | null | undefined,
  action: Action,
  message: string,
): T {
  if (record === null || record === undefined) throw refuse(user, action, message);
  return record;
}
