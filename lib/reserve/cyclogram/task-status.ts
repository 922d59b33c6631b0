// A cyclogram task's state on a date: done, overdue (its last day has passed), in progress (started) or
// upcoming. Dates are calendar days (UTC midnight), so a task is due through the whole of its last day.
import "server-only";
import type { CyclogramTask } from "@prisma/client";

export type CyclogramTaskStatus = "done" | "overdue" | "in_progress" | "upcoming";

export function cyclogramTaskStatus(task: Pick<CyclogramTask, "doneAt" | "startsOn" | "dueOn">, now = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (task.doneAt) return "done" as const;
  if (task.dueOn < today) return "overdue" as const;
  if (task.startsOn <= today) return "in_progress" as const;
  return "upcoming" as const;
}
