// Загрузка типовой циклограммы (seed 003) into a region's template: only the activities whose title the
// region doesn't have yet, so loading twice adds nothing.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { SEED_003_CYCLOGRAM } from "./default-template";

export async function loadCyclogramTemplate(db: Db, actor: SessionUser | null, input: { projectId: string; regionId: string }) {
  const me = authorize(actor, "cyclogram.manage", { regionId: input.regionId });
  return db.$transaction(async (tx) => {
    const region = await tx.projectRegion.findUnique({ where: { projectId_regionId: input } });
    if (!region) throw new AppError("NOT_FOUND", "Регион не участвует в проекте");
    const existing = await tx.cyclogramActivity.findMany({ where: input, select: { title: true } });
    const have = new Set(existing.map((a) => a.title));
    const missing = SEED_003_CYCLOGRAM.filter((a) => !have.has(a.title));
    await tx.cyclogramActivity.createMany({
      data: missing.map((a, i) => ({
        ...input,
        ...a,
        owner: "Ответственный за работу с кадровым резервом",
        position: existing.length + i,
      })),
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "create",
      entity: "CyclogramActivity",
      entityId: input.regionId,
      after: { loaded: missing.map((a) => a.title) },
    });
    return missing.length;
  });
}
