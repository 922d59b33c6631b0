// The member reports a plan item done: what was done and the evidence — a link and/or files (stored with
// the report or not at all). Only their own plan; a cancelled item can't be completed; a second report
// replaces the text and adds its files to the earlier ones (up to MAX_FILES_PER_RECORD).
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { MAX_FILES_PER_RECORD } from "../../files/file-limits";
import { storeUploads } from "../../files/store-uploads";
import type { CompleteItemInput } from "../schemas";
import { refuse } from "../../auth/policy/refuse";

export async function completePlanItem(
  db: Db,
  actor: SessionUser | null,
  { files = [], ...input }: CompleteItemInput & { files?: File[] },
  now = new Date(),
) {
  const me = authorize(actor, "reserve.self");
  return storeUploads(files, "files", (staged) =>
    db.$transaction(async (tx) => {
      const item = await tx.developmentPlanItem.findFirst({
        where: { id: input.itemId, plan: { candidate: { participant: { userId: me.id } } } },
        include: { _count: { select: { files: true } } },
      });
      if (!item) throw refuse(me, "reserve.self", "Пункт плана не найден");
      if (item.status === "cancelled") throw new AppError("CONFLICT", "Пункт плана отменён");
      if (item._count.files + staged.length > MAX_FILES_PER_RECORD) {
        const message = `К пункту можно приложить не больше ${MAX_FILES_PER_RECORD} файлов (уже ${item._count.files})`;
        throw new AppError("VALIDATION", "Проверьте поля формы", { files: [message] });
      }
      await tx.storedFile.createMany({ data: staged.map((f) => ({ ...f, uploadedById: me.id, planItemId: item.id })) });
      const after = await tx.developmentPlanItem.update({
        where: { id: item.id },
        data: {
          status: "done",
          memberReport: input.memberReport,
          evidenceUrl: input.evidenceUrl,
          completedAt: item.completedAt ?? now,
        },
      });
      await writeAudit(tx, {
        actorId: me.id,
        action: "update",
        entity: "DevelopmentPlanItem",
        entityId: item.id,
        before: item,
        after: { ...after, files: staged.map((f) => f.originalName) },
      });
      return after;
    }),
  );
}
