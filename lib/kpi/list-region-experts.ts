// expertsPerRegion for one region, row by row: distinct independent experts linked to counted events
// hosted in that region (an expert working in two regions is listed in both), with how many such events.
// Expert names are shown on event pages to everyone, so they are shown here too; contacts are not.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type RegionExpertRow = {
  id: string;
  fullName: string;
  organization: string | null;
  /** the expert's own region, which may differ from the one they worked in */
  homeRegion: string | null;
  events: number;
};

export async function listRegionExperts(db: DbTx, user: SessionUser | null, args: KpiListArgs): Promise<Page<RegionExpertRow>> {
  authorize(user, "kpi.read");
  const { project, countedEvents } = await loadKpiScope(db, args.projectCode, args.period);
  const region = await findProjectRegion(db, project.id, args.filter.region ?? "");
  const linked = { event: { ...countedEvents, regionId: region.id } };
  const where = { independent: true, events: { some: linked } };
  const [rows, total] = await Promise.all([
    db.expert.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        fullName: true,
        organization: true,
        region: { select: { name: true } },
        _count: { select: { events: { where: linked } } },
      },
      ...pageArgs(args.page),
    }),
    db.expert.count({ where }),
  ]);
  return toPage(
    rows.map((x) => ({
      id: x.id,
      fullName: x.fullName,
      organization: x.organization,
      homeRegion: x.region?.name ?? null,
      events: x._count.events,
    })),
    total,
    args.page,
  );
}
