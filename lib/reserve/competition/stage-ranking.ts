// Рейтинг этапа, computed in SQL: an entry's stage score is Σ weight × (mean juror score ÷ criterion maximum)
// ÷ Σ weight × 100 — so criteria with different maxima weigh only by their weights; an unscored criterion
// counts 0. Scores of a juror with a declared conflict are left out. Entries that failed an earlier stage
// are not ranked. Equal scores share a rank (RANK()).
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../../infra/db/client";

export type RankingRow = { entryId: string; score: number; rank: number; jurors: number; passed: boolean };

export async function stageRanking(db: DbTx, stageId: string): Promise<RankingRow[]> {
  const rows = await db.$queryRaw<{ entryId: string; score: string; rank: bigint; jurors: bigint; passed: boolean }[]>(Prisma.sql`
    WITH stage AS (
      SELECT id, "competitionId", position, "passThreshold" FROM "CompetitionStage" WHERE id = ${stageId}
    ), crit AS (
      SELECT c.id, c.weight, c."maxScore" FROM "CompetitionCriterion" c WHERE c."stageId" = ${stageId}
    ), entries AS (
      SELECT e.id FROM "CompetitionEntry" e, stage
      WHERE e."competitionId" = stage."competitionId"
        AND NOT EXISTS (
          SELECT 1 FROM "CompetitionStageResult" r JOIN "CompetitionStage" s ON s.id = r."stageId"
          WHERE r."entryId" = e.id AND s.position < stage.position AND NOT r.passed)
    ), valid AS (
      SELECT sc.* FROM "CompetitionScore" sc
      JOIN crit ON crit.id = sc."criterionId"
      JOIN "JuryAssignment" j ON j."entryId" = sc."entryId" AND j."expertId" = sc."expertId" AND j."conflictReason" IS NULL
    ), per_crit AS (
      SELECT "entryId", "criterionId", AVG(score)::numeric AS mean FROM valid GROUP BY 1, 2
    ), scored AS (
      SELECT en.id AS "entryId",
             COALESCE(ROUND(100 * SUM(crit.weight * COALESCE(pc.mean, 0) / crit."maxScore") / NULLIF(SUM(crit.weight), 0), 2), 0) AS score,
             (SELECT COUNT(DISTINCT v."expertId") FROM valid v WHERE v."entryId" = en.id) AS jurors
      FROM entries en
      LEFT JOIN crit ON TRUE
      LEFT JOIN per_crit pc ON pc."entryId" = en.id AND pc."criterionId" = crit.id
      GROUP BY en.id
    )
    SELECT s."entryId", s.score::text AS score, RANK() OVER (ORDER BY s.score DESC) AS rank, s.jurors,
           s.score >= stage."passThreshold" AS passed
    FROM scored s, stage
    ORDER BY rank, s."entryId"`);
  return rows.map((r) => ({
    entryId: r.entryId,
    score: Number(r.score),
    rank: Number(r.rank),
    jurors: Number(r.jurors),
    passed: r.passed,
  }));
}
