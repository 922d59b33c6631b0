// Карточка кандидата: status and its history, the competency profile, the latest development plan with its
// progress, mentors with their meetings and ratings, and — for organizers only — the diagnostics (the read is written to the access log).
// Experts reach only the people they mentor or judge; members use getMyReserve.
import "server-only";
import type { Db } from "../infra/db/client";
import { can, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { candidateScope } from "../auth/policy/candidate-scope";
import { getCompetencyProfile } from "./competencies/get-competency-profile";
import { TRANSITIONS } from "./lifecycle";
import { planProgress } from "./plans/plan-progress";
import { candidateReadAction } from "../auth/policy/candidate-read-action";
import { refuse } from "../auth/policy/refuse";

export async function getCandidateCard(db: Db, actor: SessionUser | null, id: string, historyPage = 1) {
  const scope = candidateScope(actor);
  const me = actor!;
  return db.$transaction(async (tx) => {
    const candidate = await tx.reserveCandidate.findFirst({
      where: { id, ...scope },
      include: {
        participant: {
          select: { id: true, code: true, fullName: true, organization: true, position: true, email: true, userId: true },
        },
        reserve: { select: { id: true, projectId: true, regionId: true, targetPosition: true, code: true, capacity: true } },
        mentorPairs: {
          orderBy: { startedOn: "desc" },
          take: 20,
          include: {
            expert: { select: { fullName: true, code: true, userId: true } },
            meetings: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 20 },
            ratings: { orderBy: { year: "desc" }, take: 5 },
          },
        },
      },
    });
    if (!candidate) throw refuse(actor, candidateReadAction(actor), "Кандидат не найден");
    const target = { regionId: candidate.reserve.regionId };
    const canManage = can(me, "reserve.manage", target);
    const seesDiagnostics = can(me, "reserve.diagnostics", target);
    const [history, historyTotal, profile, plan] = await Promise.all([
      tx.reserveStatusChange.findMany({
        where: { candidateId: id },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        include: { actor: { select: { fullName: true } } },
        ...pageArgs(historyPage, 10),
      }),
      tx.reserveStatusChange.count({ where: { candidateId: id } }),
      getCompetencyProfile(tx, id, candidate.reserve.projectId),
      tx.developmentPlan.findFirst({
        where: { candidateId: id },
        orderBy: { year: "desc" },
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
      }),
    ]);
    let diagnostics = null;
    if (seesDiagnostics) {
      diagnostics = await tx.reserveDiagnostic.findMany({
        where: { candidateId: id },
        orderBy: { heldOn: "desc" },
        take: 50,
        include: { files: { select: { id: true, originalName: true, size: true }, orderBy: { createdAt: "asc" } } },
      });
      await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [candidate.participant.id], action: "view" });
    }
    const progress = plan ? (await planProgress(tx, [plan.id])).get(plan.id)! : null;
    const isMentor = candidate.mentorPairs.some((p) => !p.endedOn && p.expert.userId === me.id);
    return {
      candidate,
      history: toPage(history, historyTotal, historyPage, 10),
      profile,
      plan,
      progress,
      diagnostics,
      canManage,
      isMentor,
      nextStatuses: canManage ? TRANSITIONS[candidate.status] : [],
    };
  });
}

/** What the candidate card shows (the page and its sections take it whole). */
export type CandidateCard = Awaited<ReturnType<typeof getCandidateCard>>;
