// «Сформировать год»: one dated task per active activity of the region's template for the cycle year, with
// the activity's title, owner and reminder lead copied. Idempotent: (activity, year) is unique and existing
// tasks are skipped, so generating twice creates nothing new (and keeps marks of done).
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { cycleDates } from "../../infra/time/cycle-dates";
import type { GenerateYearInput } from "./schemas";

export async function generateCyclogramYear(db: Db, actor: SessionUser | null, input: GenerateYearInput) {
  const me = authorize(actor, "cyclogram.manage", { regionId: input.regionId });
  return db.$transaction(async (tx) => {
    const activities = await tx.cyclogramActivity.findMany({
      where: { projectId: input.projectId, regionId: input.regionId, archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    if (!activities.length) throw new AppError("CONFLICT", "В шаблоне циклограммы региона нет мероприятий");
    const { count } = await tx.cyclogramTask.createMany({
      data: activities.map((a) => ({
        activityId: a.id,
        year: input.year,
        title: a.title,
        owner: a.owner,
        ownerUserId: a.ownerUserId,
        remindDays: a.remindDays,
        ...cycleDates(a.startMonth, a.endMonth, input.year),
      })),
      skipDuplicates: true,
    });
    if (count) {
      await writeAudit(tx, {
        actorId: me.id,
        action: "create",
        entity: "CyclogramTask",
        entityId: `${input.regionId}:${input.year}`,
        after: { year: input.year, created: count },
      });
    }
    return { created: count, existing: activities.length - count };
  });
}
