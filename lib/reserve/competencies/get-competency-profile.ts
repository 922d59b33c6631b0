// Профиль компетенций of one candidate: the mean level per competency and rater kind (SQL), the others'
// mean (everyone but the self-assessment), and whether it is a deficit (below 60 % of the scale's top).
// The caller must already have found the candidate within the user's scope.
import "server-only";
import type { CompetencyRater } from "@prisma/client";
import type { DbTx } from "../../infra/db/client";

export const DEFICIT_SHARE = 0.6;

export type ProfileRow = {
  competencyId: string;
  area: string;
  name: string;
  maxLevel: number;
  byRater: Partial<Record<CompetencyRater, number>>;
  /** mean of all raters but the person themselves; null: nobody else rated it */
  others: number | null;
  deficit: boolean;
};

export async function getCompetencyProfile(db: DbTx, candidateId: string, projectId: string): Promise<ProfileRow[]> {
  const [competencies, byRater, others] = await Promise.all([
    db.competency.findMany({
      where: { projectId, archivedAt: null },
      orderBy: [{ area: "asc" }, { position: "asc" }, { name: "asc" }],
    }),
    db.competencyAssessment.groupBy({ by: ["competencyId", "rater"], where: { candidateId }, _avg: { level: true } }),
    db.competencyAssessment.groupBy({
      by: ["competencyId"],
      where: { candidateId, rater: { not: "self" } },
      _avg: { level: true },
    }),
  ]);
  return competencies.map((c) => {
    const other = others.find((o) => o.competencyId === c.id)?._avg.level ?? null;
    return {
      competencyId: c.id,
      area: c.area,
      name: c.name,
      maxLevel: c.levels.length,
      byRater: Object.fromEntries(byRater.filter((r) => r.competencyId === c.id).map((r) => [r.rater, round(r._avg.level ?? 0)])),
      others: other === null ? null : round(other),
      deficit: other !== null && other < c.levels.length * DEFICIT_SHARE,
    };
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
