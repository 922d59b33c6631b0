// Карточка поручения региона with its reports and decisions, newest first. Out of the user's regions
// it is «not found», never «forbidden»: the scope is in the query.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";

export async function getAssignmentItem(db: Db, actor: SessionUser | null, id: string) {
  const user = authorize(actor, "assignment.read");
  const item = await db.assignmentItem.findFirst({
    where: { id, ...regionWhere(user, "assignment.read") },
    include: {
      region: { select: { name: true } },
      responsible: { select: { fullName: true } },
      assignment: {
        select: {
          number: true,
          text: true,
          issuedBy: { select: { fullName: true } },
          project: { select: { timezone: true, name: true } },
          meeting: { select: { id: true, title: true, protocolNumber: true, protocolDate: true } },
        },
      },
      reports: {
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        include: {
          author: { select: { fullName: true } },
          decidedBy: { select: { fullName: true } },
          files: { select: { id: true, originalName: true, size: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!item) throw refuse(user, "assignment.read", "Поручение не найдено");
  return item;
}

export type AssignmentCard = Awaited<ReturnType<typeof getAssignmentItem>>;
