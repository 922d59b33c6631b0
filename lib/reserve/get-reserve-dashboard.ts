// Показатели кадрового резерва for a year, per reserve and in total, all counted in SQL: size now against
// capacity, inflow (inclusion decisions of the year) and outflow (appointments, exclusions), members with a
// plan for the year, mean plan completion, appointments and the mean days from inclusion to appointment,
// candidates who took part in the year's competitions («35 в резерве, 7 участвовали в конкурсе»).
import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, scopeOf, type SessionUser } from "../auth/permissions";

export type DashboardRow = {
  reserveId: string;
  targetPosition: string;
  regionName: string;
  capacity: number;
  members: number;
  inflow: number;
  appointedThisYear: number;
  excludedThisYear: number;
  withPlan: number;
  planCompletion: number | null;
  avgDaysToAppointment: number | null;
  competitionParticipants: number;
};

export async function getReserveDashboard(db: Db, actor: SessionUser | null, projectId: string, year: number) {
  const me = authorize(actor, "reserve.read");
  const regionFilter =
    scopeOf(me, "reserve.read") === "all"
      ? Prisma.sql`TRUE`
      : Prisma.sql`r."regionId" IN (${Prisma.join(me.regionIds.length ? me.regionIds : [""])})`;
  const raw = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH plan_progress AS (
      SELECT p.id, p."candidateId",
             COUNT(i.id) FILTER (WHERE i.status <> 'cancelled') AS total,
             COUNT(i.id) FILTER (WHERE i.status = 'done') AS done
      FROM "DevelopmentPlan" p
      LEFT JOIN "DevelopmentPlanItem" i ON i."planId" = p.id
      WHERE p.year = ${year}
      GROUP BY p.id
    )
    SELECT r.id AS "reserveId", r."targetPosition", g.name AS "regionName", r.capacity,
      (SELECT COUNT(*) FROM "ReserveCandidate" c WHERE c."reserveId" = r.id AND c.status IN ('included', 'in_development')) AS members,
      (SELECT COUNT(*) FROM "ReserveCandidate" c WHERE c."reserveId" = r.id AND EXTRACT(YEAR FROM c."decisionDate") = ${year}) AS inflow,
      (SELECT COUNT(*) FROM "ReserveCandidate" c WHERE c."reserveId" = r.id AND c.status = 'appointed' AND EXTRACT(YEAR FROM c."appointedAt") = ${year}) AS "appointedThisYear",
      (SELECT COUNT(*) FROM "ReserveCandidate" c WHERE c."reserveId" = r.id AND c.status = 'excluded' AND EXTRACT(YEAR FROM c."excludedAt") = ${year}) AS "excludedThisYear",
      (SELECT COUNT(DISTINCT c.id) FROM "ReserveCandidate" c JOIN plan_progress pp ON pp."candidateId" = c.id
        WHERE c."reserveId" = r.id AND c.status IN ('included', 'in_development')) AS "withPlan",
      (SELECT ROUND(AVG(CASE WHEN pp.total = 0 THEN 0 ELSE 100.0 * pp.done / pp.total END), 1)::float
        FROM plan_progress pp JOIN "ReserveCandidate" c ON c.id = pp."candidateId" WHERE c."reserveId" = r.id) AS "planCompletion",
      (SELECT ROUND(AVG(c."appointedAt" - c."decisionDate"), 1)::float FROM "ReserveCandidate" c
        WHERE c."reserveId" = r.id AND c.status = 'appointed' AND c."decisionDate" IS NOT NULL AND EXTRACT(YEAR FROM c."appointedAt") = ${year}) AS "avgDaysToAppointment",
      (SELECT COUNT(DISTINCT e."candidateId") FROM "CompetitionEntry" e JOIN "Competition" k ON k.id = e."competitionId"
        WHERE k."reserveId" = r.id AND k.year = ${year}) AS "competitionParticipants"
    FROM "PersonnelReserve" r
    JOIN "Region" g ON g.id = r."regionId"
    WHERE r."projectId" = ${projectId} AND ${regionFilter}
    ORDER BY r."targetPosition", g.name
    LIMIT 200`);
  const reserves: DashboardRow[] = raw.map((r) => ({
    reserveId: String(r.reserveId),
    targetPosition: String(r.targetPosition),
    regionName: String(r.regionName),
    capacity: Number(r.capacity),
    members: Number(r.members),
    inflow: Number(r.inflow),
    appointedThisYear: Number(r.appointedThisYear),
    excludedThisYear: Number(r.excludedThisYear),
    withPlan: Number(r.withPlan),
    planCompletion: r.planCompletion === null ? null : Number(r.planCompletion),
    avgDaysToAppointment: r.avgDaysToAppointment === null ? null : Number(r.avgDaysToAppointment),
    competitionParticipants: Number(r.competitionParticipants),
  }));
  const sum = (k: keyof DashboardRow) => reserves.reduce((s, r) => s + (r[k] as number), 0);
  const appointed = sum("appointedThisYear");
  const totals = {
    capacity: sum("capacity"),
    members: sum("members"),
    inflow: sum("inflow"),
    appointedThisYear: appointed,
    excludedThisYear: sum("excludedThisYear"),
    withPlan: sum("withPlan"),
    competitionParticipants: sum("competitionParticipants"),
    // weighted by appointments, so a reserve with one appointment doesn't count as much as one with ten
    avgDaysToAppointment: appointed
      ? Math.round((reserves.reduce((s, r) => s + (r.avgDaysToAppointment ?? 0) * r.appointedThisYear, 0) / appointed) * 10) / 10
      : null,
  };
  return { year, reserves, totals };
}
