// satisfactionAvg's responses, row by row: ratings of counted events given by participants whose
// registration for that event is attended (kpi-report.md), so the total is the report's `responses`.
// Names only for those who may read the participant (coordinators: participants of their regions).
import "server-only";
import { Prisma } from "@prisma/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { countedEventsSql } from "./counted-events-sql";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type SatisfactionResponseRow = {
  id: string;
  rating: number;
  event: { id: string; title: string; startsAt: Date; region: string; timezone: string };
  /** null: hidden from this user */
  participant: string | null;
  participantRegion: string;
};

type Row = {
  id: string;
  rating: number;
  eventId: string;
  eventTitle: string;
  startsAt: Date;
  eventRegion: string;
  timezone: string;
  fullName: string;
  participantRegionId: string;
  participantRegion: string;
};

export async function listSatisfactionResponses(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<SatisfactionResponseRow>> {
  authorize(user, "kpi.read");
  const { project, start, end } = await loadKpiScope(db, args.projectCode, args.period);
  const { skip, take } = pageArgs(args.page);
  const responses = Prisma.sql`
      FROM "Feedback" f
      JOIN "Event" e ON e.id = f."eventId"
      JOIN "Registration" r ON r."eventId" = f."eventId" AND r."participantId" = f."participantId" AND r.attended`;
  const where = Prisma.sql`WHERE ${countedEventsSql(project.id, start, end)}`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT f.id, f.rating, e.id AS "eventId", e.title AS "eventTitle", e."startsAt",
             rg.name AS "eventRegion", rg.timezone, pa."fullName",
             pa."regionId" AS "participantRegionId", prg.name AS "participantRegion"
        ${responses}
        JOIN "Participant" pa ON pa.id = f."participantId"
        JOIN "Region" rg ON rg.id = e."regionId"
        JOIN "Region" prg ON prg.id = pa."regionId"
        ${where}
       ORDER BY e."startsAt", e.id, pa."fullName", f.id
       LIMIT ${take} OFFSET ${skip}`),
    db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total ${responses} ${where}`),
  ]);
  return toPage(
    rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      event: { id: r.eventId, title: r.eventTitle, startsAt: r.startsAt, region: r.eventRegion, timezone: r.timezone },
      participant: can(user, "participant.read", { regionId: r.participantRegionId }) ? r.fullName : null,
      participantRegion: r.participantRegion,
    })),
    total,
    args.page,
  );
}
