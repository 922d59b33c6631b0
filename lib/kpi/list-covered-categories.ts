// categoriesCovered, row by row: the project's categories with at least one attended registration at a
// counted event (kpi-report.md), so the list's total is the indicator's value.
import "server-only";
import { Prisma } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { countedEventsSql } from "./counted-events-sql";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type CoveredCategoryRow = { id: string; code: string; name: string; attendances: number };

export async function listCoveredCategories(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<CoveredCategoryRow>> {
  authorize(user, "kpi.read");
  const { project, start, end } = await loadKpiScope(db, args.projectCode, args.period);
  const { skip, take } = pageArgs(args.page);
  const covered = Prisma.sql`
    SELECT pa."categoryId", count(*)::int AS n
      FROM "Registration" r
      JOIN "Participant" pa ON pa.id = r."participantId"
      JOIN "Event" e ON e.id = r."eventId"
     WHERE r.attended AND ${countedEventsSql(project.id, start, end)}
     GROUP BY pa."categoryId"`;
  const [items, [{ total }]] = await Promise.all([
    db.$queryRaw<CoveredCategoryRow[]>(Prisma.sql`
      SELECT cat.id, cat.code, cat.name, c.n AS attendances
        FROM "ParticipantCategory" cat JOIN (${covered}) c ON c."categoryId" = cat.id
       WHERE cat."projectId" = ${project.id}
       ORDER BY cat.name, cat.id
       LIMIT ${take} OFFSET ${skip}`),
    db.$queryRaw<{ total: number }[]>(Prisma.sql`
      SELECT count(*)::int AS total
        FROM "ParticipantCategory" cat JOIN (${covered}) c ON c."categoryId" = cat.id
       WHERE cat."projectId" = ${project.id}`),
  ]);
  return toPage(items, total, args.page);
}
