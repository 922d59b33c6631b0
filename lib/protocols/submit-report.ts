// Отчёт региона (the region's coordinator): text and evidence — links and files (stored with the report
// or not at all). The submission time is the server's
// clock — it decides «в срок» in the rating, so it is never typed. A report waits for the issuer; a
// returned item may be reported again, and the new report replaces the old one's time on the item.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { assignmentLink } from "./assignment-link";
import { storeUploads } from "../files/store-uploads";
import type { ReportInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function submitReport(
  db: Db,
  actor: SessionUser | null,
  { files = [], ...input }: ReportInput & { files?: File[] },
  now = new Date(),
) {
  const user = authorize(actor, "assignment.report");
  return storeUploads(files, "files", (staged) =>
    db.$transaction(async (tx) => {
      const item = await tx.assignmentItem.findFirst({
        where: { id: input.itemId, ...regionWhere(user, "assignment.report") },
        include: { region: { select: { name: true } }, assignment: { select: { number: true, issuedById: true } } },
      });
      if (!item) throw refuse(user, "assignment.report", "Поручение не найдено");
      if (item.status === "reported") throw new AppError("CONFLICT", "Отчёт уже представлен и ждёт решения");
      if (item.status === "accepted") throw new AppError("CONFLICT", "Поручение уже принято");
      const report = await tx.assignmentReport.create({
        data: { itemId: item.id, text: input.text, links: input.links, submittedAt: now, authorId: user.id },
      });
      await tx.storedFile.createMany({
        data: staged.map((f) => ({ ...f, uploadedById: user.id, assignmentReportId: report.id })),
      });
      await tx.assignmentItem.update({ where: { id: item.id }, data: { status: "reported", reportedAt: now } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "AssignmentReport",
        entityId: report.id,
        after: { ...report, files: staged.map((f) => f.originalName) },
      });
      if (item.assignment.issuedById) {
        await enqueueUserMessages(tx, {
          userIds: [item.assignment.issuedById],
          kind: "assignment_reported",
          subject: `Отчёт по поручению: ${item.region.name}`,
          body: `${item.region.name} представил(а) отчёт по пункту ${item.assignment.number} протокола.\nПринять или вернуть на доработку: ${assignmentLink(item.id)}`,
        });
      }
      return report;
    }),
  );
}
