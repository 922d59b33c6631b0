// «Мои наставляемые»: the signed-in mentor's pairs (active first), each with the mentee, the reserve, the
// latest plan's progress and the recent meetings. Only pairs whose expert is linked to this user.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { linkedExpertWhere } from "../../auth/policy/linked-expert-where";
import { pageArgs, toPage } from "../../infra/pagination";
import { planProgress } from "../plans/plan-progress";

export async function listMyMentees(db: Db, actor: SessionUser | null, page: number) {
  const me = authorize(actor, "mentoring.log");
  const where = { expert: linkedExpertWhere(me.id) };
  const [items, total] = await Promise.all([
    db.mentorPair.findMany({
      where,
      // active pairs (no end date) first: PostgreSQL sorts NULLs first in descending order
      orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }, { id: "asc" }],
      include: {
        candidate: {
          select: {
            id: true,
            status: true,
            participant: { select: { fullName: true, organization: true, position: true } },
            reserve: { select: { targetPosition: true } },
            plans: { orderBy: { year: "desc" }, take: 1, select: { id: true, year: true } },
          },
        },
        meetings: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 10 },
        _count: { select: { meetings: true } },
      },
      ...pageArgs(page, 10),
    }),
    db.mentorPair.count({ where }),
  ]);
  const progress = await planProgress(
    db,
    items.flatMap((p) => p.candidate.plans.map((x) => x.id)),
  );
  return toPage(
    items.map((p) => {
      const plan = p.candidate.plans[0] ?? null;
      return { ...p, plan, progress: plan ? progress.get(plan.id)! : null };
    }),
    total,
    page,
    10,
  );
}
