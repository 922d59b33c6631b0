// directionsCovered, row by row: the distinct directions of counted events, each with its number of
// counted events (which links on to the events list).
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type CoveredDirectionRow = { id: string; code: string; name: string; events: number };

export async function listCoveredDirections(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<CoveredDirectionRow>> {
  authorize(user, "kpi.read");
  const { countedEvents } = await loadKpiScope(db, args.projectCode, args.period);
  const where = { events: { some: countedEvents } };
  const [rows, total] = await Promise.all([
    db.direction.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, code: true, name: true, _count: { select: { events: { where: countedEvents } } } },
      ...pageArgs(args.page),
    }),
    db.direction.count({ where }),
  ]);
  return toPage(
    rows.map(({ _count, ...d }) => ({ ...d, events: _count.events })),
    total,
    args.page,
  );
}
