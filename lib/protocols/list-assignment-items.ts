// Поручения по регионам (paginated): a coordinator's query carries their regions, so another region's
// item can't be listed. Filters: status, region, overdue only (computed at `now`), meeting.
import "server-only";
import type { AssignmentStatus, Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { ASSIGNMENT_STATUSES, overdueWhere } from "./assignment-state";

export type AssignmentFilter = {
  projectId: string;
  status?: string;
  regionId?: string;
  overdue?: boolean;
  meetingId?: string;
  page: number;
};

export async function listAssignmentItems(db: Db, actor: SessionUser | null, filter: AssignmentFilter, now = new Date()) {
  const user = authorize(actor, "assignment.read");
  const status = ASSIGNMENT_STATUSES.find((s) => s === filter.status) as AssignmentStatus | undefined;
  const where: Prisma.AssignmentItemWhereInput = {
    AND: [
      regionWhere(user, "assignment.read"),
      { assignment: { projectId: filter.projectId, ...(filter.meetingId ? { meetingId: filter.meetingId } : {}) } },
      status ? { status } : {},
      filter.regionId ? { regionId: filter.regionId } : {},
      filter.overdue ? overdueWhere(now) : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.assignmentItem.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { assignment: { createdAt: "asc" } }, { id: "asc" }],
      include: {
        region: { select: { name: true } },
        responsible: { select: { fullName: true } },
        assignment: {
          select: { number: true, text: true, meeting: { select: { id: true, title: true, protocolNumber: true } } },
        },
      },
      ...pageArgs(filter.page),
    }),
    db.assignmentItem.count({ where }),
  ]);
  return toPage(items, total, filter.page);
}

export type AssignmentListItem = Awaited<ReturnType<typeof listAssignmentItems>>["items"][number];
