// Приёмка отчёта (the issuer: ADMIN, MINISTRY): accept it — the item is fulfilled, and its report's
// submission time is what the rating compares with the deadline — or return it for rework with a comment
// (the region's coordinators are told). Only the waiting report is decided; accepted is final.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { assignmentLink } from "./assignment-link";
import type { ReviewInput } from "./schemas";
import { regionCoordinatorLinksWhere } from "../auth/policy/region-coordinator-links-where";
import { refuse } from "../auth/policy/refuse";

export async function reviewReport(db: Db, actor: SessionUser | null, input: ReviewInput, now = new Date()) {
  const user = authorize(actor, "assignment.review");
  return db.$transaction(async (tx) => {
    const item = await tx.assignmentItem.findUnique({
      where: { id: input.itemId },
      include: {
        assignment: { select: { number: true } },
        reports: { where: { decision: null }, orderBy: { submittedAt: "desc" }, take: 1 },
      },
    });
    if (!item) throw refuse(user, "assignment.review", "Поручение не найдено");
    const report = item.reports[0];
    if (item.status !== "reported" || !report) throw new AppError("CONFLICT", "Нет отчёта, ожидающего решения");
    const comment = input.comment || null;
    await tx.assignmentReport.update({
      where: { id: report.id },
      data: { decision: input.decision, comment, decidedAt: now, decidedById: user.id },
    });
    const updated = await tx.assignmentItem.update({
      where: { id: item.id },
      data:
        input.decision === "accepted"
          ? { status: "accepted", acceptedAt: now, reportedAt: report.submittedAt }
          : { status: "returned" },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "AssignmentItem",
      entityId: item.id,
      before: item,
      after: updated,
    });
    if (input.decision === "returned") {
      const coordinators = await tx.userRegion.findMany({
        where: regionCoordinatorLinksWhere(item.regionId),
        select: { userId: true },
      });
      await enqueueUserMessages(tx, {
        userIds: coordinators.map((c) => c.userId),
        kind: "assignment_returned",
        subject: `Отчёт по пункту ${item.assignment.number} протокола возвращён на доработку`,
        body: `Комментарий: ${comment}\n\nДоработать и представить отчёт снова: ${assignmentLink(item.id)}`,
      });
    }
    return updated;
  });
}
