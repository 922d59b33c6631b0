// Дефициты резерва: per competency, how many members have a deficit (others' mean below 60 % of the top
// level) and the members' mean — one SQL query, for planning the reserve's events.
import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { DEFICIT_SHARE } from "./get-competency-profile";
import { refuse } from "../../auth/policy/refuse";

export type DeficitRow = {
  competencyId: string;
  area: string;
  name: string;
  assessed: number;
  withDeficit: number;
  mean: number | null;
};

export async function getReserveDeficits(db: Db, actor: SessionUser | null, reserveId: string): Promise<DeficitRow[]> {
  const me = authorize(actor, "reserve.read");
  const reserve = await db.personnelReserve.findFirst({ where: { id: reserveId, ...regionWhere(me, "reserve.read") } });
  if (!reserve) throw refuse(me, "reserve.read", "Резерв не найден");
  const rows = await db.$queryRaw<
    { competencyId: string; area: string; name: string; assessed: bigint; withDeficit: bigint; mean: number | null }[]
  >(Prisma.sql`
    WITH per_person AS (
      SELECT a."competencyId", a."candidateId", AVG(a.level)::float AS mean
      FROM "CompetencyAssessment" a
      JOIN "ReserveCandidate" c ON c.id = a."candidateId"
      WHERE c."reserveId" = ${reserveId} AND c.status IN ('included', 'in_development') AND a.rater <> 'self'
      GROUP BY a."competencyId", a."candidateId"
    )
    SELECT k.id AS "competencyId", k.area, k.name,
           COUNT(p."candidateId") AS assessed,
           COUNT(p."candidateId") FILTER (WHERE p.mean < cardinality(k.levels) * ${DEFICIT_SHARE}::float) AS "withDeficit",
           ROUND(AVG(p.mean)::numeric, 2)::float AS mean
    FROM "Competency" k
    LEFT JOIN per_person p ON p."competencyId" = k.id
    WHERE k."projectId" = ${reserve.projectId} AND k."archivedAt" IS NULL
    GROUP BY k.id, k.area, k.name, k.position
    ORDER BY "withDeficit" DESC, k.area, k.position, k.name`);
  return rows.map((r) => ({ ...r, assessed: Number(r.assessed), withDeficit: Number(r.withDeficit) }));
}
