// Экспертные заключения of the period for the dashboard drill-down: conclusions on the counted events
// (held events starting in the period, kpi-report.md), optionally of one region, newest event first.
// Conclusions are read under conclusion.read: a coordinator sees those of own regions' events.
import "server-only";
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type PeriodConclusionRow = {
  id: string;
  assessment: number;
  whatWorked: string;
  recommendations: string;
  expert: { fullName: string; independent: boolean };
  event: { id: string; title: string; startsAt: Date; region: string };
};

export async function listPeriodConclusions(
  db: DbTx,
  actor: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<PeriodConclusionRow>> {
  const user = authorize(actor, "conclusion.read");
  const { project, countedEvents } = await loadKpiScope(db, args.projectCode, args.period);
  const region = args.filter.region ? await findProjectRegion(db, project.id, args.filter.region) : null;
  const where: Prisma.ExpertConclusionWhereInput = {
    event: { AND: [countedEvents, regionWhere(user, "conclusion.read"), region ? { regionId: region.id } : {}] },
  };
  const [rows, total] = await Promise.all([
    db.expertConclusion.findMany({
      where,
      orderBy: [{ event: { startsAt: "desc" } }, { id: "asc" }],
      select: {
        id: true,
        assessment: true,
        whatWorked: true,
        recommendations: true,
        expert: { select: { fullName: true, independent: true } },
        event: { select: { id: true, title: true, startsAt: true, region: { select: { name: true } } } },
      },
      ...pageArgs(args.page),
    }),
    db.expertConclusion.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, event: { ...r.event, region: r.event.region.name } })),
    total,
    args.page,
  );
}
