// Status words and the computed «просрочено»: never stored, derived from the deadline, the status and now.
import "server-only";
import type { AssignmentStatus } from "@prisma/client";

export const STATUS_NAMES: Record<AssignmentStatus, string> = {
  issued: "Выдано",
  in_progress: "В работе",
  reported: "Отчёт представлен",
  accepted: "Принято",
  returned: "Возвращено на доработку",
};

export const ASSIGNMENT_STATUSES = Object.keys(STATUS_NAMES) as AssignmentStatus[];

/** Overdue: the deadline has passed and the region has no report waiting or accepted. */
export function isOverdue(item: { status: AssignmentStatus; dueAt: Date }, now = new Date()): boolean {
  return item.status !== "accepted" && item.status !== "reported" && item.dueAt <= now;
}

/** The Prisma `where` of overdue items at `now` (the same rule as isOverdue). */
export function overdueWhere(now = new Date()) {
  return { status: { in: ["issued", "in_progress", "returned"] as AssignmentStatus[] }, dueAt: { lte: now } };
}
