// Резерв на целевую должность: created and edited by the organizers of its region.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { ReserveInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function saveReserve(db: Db, actor: SessionUser | null, input: ReserveInput) {
  const me = authorize(actor, "reserve.manage", { regionId: input.regionId });
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const region = await tx.projectRegion.findUnique({
      where: { projectId_regionId: { projectId: input.projectId, regionId: input.regionId } },
    });
    if (!region) throw new AppError("VALIDATION", "Проверьте поля формы", { regionId: ["Регион не участвует в проекте"] });
    const before = id
      ? await tx.personnelReserve.findFirst({ where: { id, projectId: input.projectId, ...regionWhere(me, "reserve.manage") } })
      : null;
    if (id && !before) throw refuse(me, "reserve.manage", "Резерв не найден");
    const reserve = before
      ? await tx.personnelReserve.update({ where: { id: before.id }, data })
      : await tx.personnelReserve.create({ data });
    await writeAudit(tx, {
      actorId: me.id,
      action: before ? "update" : "create",
      entity: "PersonnelReserve",
      entityId: reserve.id,
      before: before ?? undefined,
      after: reserve,
    });
    return reserve;
  });
}
