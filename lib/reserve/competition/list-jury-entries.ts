// «Мои оценки»: the entries assigned to the signed-in juror with the open stage, its criteria and the juror's
// own scores — never other jurors' scores, and nothing about people not assigned to them.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { linkedExpertWhere } from "../../auth/policy/linked-expert-where";
import { pageArgs, toPage } from "../../infra/pagination";

export async function listJuryEntries(db: Db, actor: SessionUser | null, page: number) {
  const me = authorize(actor, "competition.score");
  const where = { expert: linkedExpertWhere(me.id) };
  const [items, total] = await Promise.all([
    db.juryAssignment.findMany({
      where,
      orderBy: [{ competitionId: "asc" }, { entryId: "asc" }],
      include: {
        competition: {
          select: {
            title: true,
            closedAt: true,
            stages: {
              where: { closedAt: null },
              orderBy: { position: "asc" },
              take: 1,
              include: { criteria: { orderBy: { name: "asc" } } },
            },
          },
        },
        entry: {
          include: {
            candidate: { select: { id: true, participant: { select: { fullName: true, organization: true, position: true } } } },
            results: { where: { passed: false }, select: { stageId: true } },
          },
        },
        expert: { select: { id: true } },
      },
      ...pageArgs(page),
    }),
    db.juryAssignment.count({ where }),
  ]);
  const scores = await db.competitionScore.findMany({
    where: { expert: linkedExpertWhere(me.id), entryId: { in: items.map((i) => i.entryId) } },
    select: { entryId: true, criterionId: true, score: true },
  });
  return toPage(
    items.map((a) => ({
      ...a,
      stage: a.entry.results.length ? null : (a.competition.stages[0] ?? null),
      myScores: Object.fromEntries(scores.filter((s) => s.entryId === a.entryId).map((s) => [s.criterionId, s.score])),
    })),
    total,
    page,
  );
}
