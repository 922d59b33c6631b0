// «Мой резерв»: the member's own candidacies — status, term, the latest plan with progress and deadlines,
// their competency profile, current mentor with the meetings log and this year's rating of the mentor.
// Never anyone else's (the query is by the user's id).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { getCompetencyProfile } from "./competencies/get-competency-profile";
import { planProgress } from "./plans/plan-progress";

export async function getMyReserve(db: Db, actor: SessionUser | null, now = new Date()) {
  const me = authorize(actor, "reserve.self");
  const candidacies = await db.reserveCandidate.findMany({
    where: { participant: { userId: me.id } },
    orderBy: { createdAt: "desc" },
    take: 10,
    include: {
      reserve: { select: { targetPosition: true, projectId: true, region: { select: { name: true } } } },
      mentorPairs: {
        where: { endedOn: null },
        take: 1,
        include: {
          expert: { select: { fullName: true, email: true, phone: true, organization: true } },
          meetings: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 10 },
          ratings: { where: { year: now.getUTCFullYear() }, take: 1 },
        },
      },
      plans: {
        orderBy: { year: "desc" },
        take: 1,
        include: {
          items: {
            orderBy: [{ dueDate: "asc" }, { position: "asc" }],
            take: 100,
            include: {
              competency: { select: { name: true } },
              event: { select: { id: true, title: true, startsAt: true } },
              files: { select: { id: true, originalName: true, size: true }, orderBy: { createdAt: "asc" } },
            },
          },
        },
      },
    },
  });
  const planIds = candidacies.flatMap((c) => c.plans.map((p) => p.id));
  const progress = await planProgress(db, planIds);
  return Promise.all(
    candidacies.map(async (c) => ({
      ...c,
      mentor: c.mentorPairs[0] ?? null,
      myRating: c.mentorPairs[0]?.ratings[0] ?? null,
      plan: c.plans[0] ?? null,
      progress: c.plans[0] ? progress.get(c.plans[0].id)! : null,
      profile: await getCompetencyProfile(db, c.id, c.reserve.projectId),
    })),
  );
}
