// Конкурс for its organizers (and the ministry): stages with criteria, entries with their jury and
// conflicts, each stage's ranking (fixed when closed, live while open) and the final proposals.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, can, regionWhere, type SessionUser } from "../../auth/permissions";
import { stageRanking, type RankingRow } from "./stage-ranking";
import { refuse } from "../../auth/policy/refuse";

export async function getCompetition(db: Db, actor: SessionUser | null, id: string) {
  const me = authorize(actor, "reserve.read");
  const competition = await db.competition.findFirst({
    where: { id, reserve: regionWhere(me, "reserve.read") },
    include: {
      reserve: { select: { id: true, targetPosition: true, regionId: true } },
      stages: { orderBy: { position: "asc" }, include: { criteria: { orderBy: { name: "asc" } } } },
      entries: {
        take: 200,
        orderBy: { candidate: { participant: { fullName: "asc" } } },
        include: {
          candidate: { select: { id: true, status: true, participant: { select: { fullName: true } } } },
          jury: { include: { expert: { select: { id: true, fullName: true, code: true } } } },
        },
      },
    },
  });
  if (!competition) throw refuse(me, "reserve.read", "Конкурс не найден");
  const rankings: Record<string, RankingRow[]> = {};
  for (const stage of competition.stages) {
    rankings[stage.id] = stage.closedAt
      ? (
          await db.competitionStageResult.findMany({
            where: { stageId: stage.id },
            orderBy: [{ rank: "asc" }, { entryId: "asc" }],
          })
        ).map((r) => ({
          entryId: r.entryId,
          score: Number(r.score),
          rank: r.rank,
          passed: r.passed,
          jurors: 0,
        }))
      : await stageRanking(db, stage.id);
  }
  const last = competition.stages.at(-1);
  const proposals = competition.closedAt && last ? rankings[last.id].filter((r) => r.passed) : [];
  return {
    competition,
    rankings,
    proposals,
    canManage: can(me, "competition.manage", { regionId: competition.reserve.regionId }),
  };
}
