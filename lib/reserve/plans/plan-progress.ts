// Выполнение ИОМ: done items out of all items that were not cancelled, per plan, counted in SQL.
// A plan without items is at 0 %.
import "server-only";
import type { DbTx } from "../../infra/db/client";

export type PlanProgress = { total: number; done: number; percent: number };

export async function planProgress(db: DbTx, planIds: string[]): Promise<Map<string, PlanProgress>> {
  const rows = planIds.length
    ? await db.developmentPlanItem.groupBy({
        by: ["planId", "status"],
        where: { planId: { in: planIds }, status: { not: "cancelled" } },
        _count: { _all: true },
      })
    : [];
  const out = new Map<string, PlanProgress>();
  for (const id of planIds) {
    const mine = rows.filter((r) => r.planId === id);
    const total = mine.reduce((s, r) => s + r._count._all, 0);
    const done = mine.find((r) => r.status === "done")?._count._all ?? 0;
    out.set(id, { total, done, percent: total ? Math.round((done * 100) / total) : 0 });
  }
  return out;
}
