// The item's status in words, and «просрочено» computed at render time (never stored); colour repeats
// the words, never replaces them.
import type { AssignmentStatus } from "@prisma/client";
import { isOverdue, STATUS_NAMES } from "@/lib/protocols/assignment-state";

const TONE: Record<AssignmentStatus, string> = {
  issued: "",
  in_progress: "",
  reported: "text-warn",
  accepted: "text-ok",
  returned: "text-warn",
};

export function AssignmentStatusBadge({ item, now }: { item: { status: AssignmentStatus; dueAt: Date }; now: Date }) {
  const overdue = isOverdue(item, now);
  return (
    <span className={TONE[item.status]}>
      {STATUS_NAMES[item.status]}
      {overdue && <span className="ml-1 font-semibold text-bad">· просрочено</span>}
    </span>
  );
}
