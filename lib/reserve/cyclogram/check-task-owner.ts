// The owner of a cyclogram activity must be an active portal user who manages the region: its coordinator
// or an administrator (they get the tasks' reminders): whoever holds cyclogram.manage for the region.
import "server-only";
import type { DbTx } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { permissionHoldersWhere } from "../../auth/policy/permission-holders-where";

export async function checkTaskOwner(tx: DbTx, ownerUserId: string | null, regionId: string) {
  if (!ownerUserId) return;
  const owner = await tx.user.count({
    where: {
      id: ownerUserId,
      active: true,
      ...permissionHoldersWhere("cyclogram.manage", regionId),
    },
  });
  if (!owner) {
    throw new AppError("VALIDATION", "Проверьте поля формы", {
      ownerUserId: ["Ответственным может быть координатор этого региона или администратор"],
    });
  }
}
