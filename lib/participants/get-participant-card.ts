// Карточка участника: profile, events attended (a page of registrations) and ratings given (a page of
// feedback); reading it is written to the personal-data access log.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { scopedParticipant } from "./scoped-participant";

const SIZE = 10;

export async function getParticipantCard(
  db: Db,
  user: SessionUser | null,
  id: string,
  pages: { history: number; ratings: number } = { history: 1, ratings: 1 },
) {
  const me = authorize(user, "participant.read");
  return db.$transaction(async (tx) => {
    const found = await scopedParticipant(tx, me, "participant.read", id);
    // one connection in a transaction: the queries run one after another
    const participant = await tx.participant.findUniqueOrThrow({
      where: { id: found.id },
      include: {
        region: { select: { id: true, name: true } },
        category: { select: { id: true, name: true } },
        user: { select: { email: true, active: true } },
      },
    });
    const history = await tx.registration.findMany({
      where: { participantId: found.id },
      orderBy: [{ event: { startsAt: "desc" } }, { id: "asc" }],
      include: {
        event: {
          select: { id: true, title: true, startsAt: true, status: true, region: { select: { name: true, timezone: true } } },
        },
      },
      ...pageArgs(pages.history, SIZE),
    });
    const historyTotal = await tx.registration.count({ where: { participantId: found.id } });
    const ratings = await tx.feedback.findMany({
      where: { participantId: found.id },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      include: { event: { select: { id: true, title: true } } },
      ...pageArgs(pages.ratings, SIZE),
    });
    const ratingsTotal = await tx.feedback.count({ where: { participantId: found.id } });
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [found.id], action: "view" });
    return {
      participant,
      history: toPage(history, historyTotal, pages.history, SIZE),
      ratings: toPage(ratings, ratingsTotal, pages.ratings, SIZE),
      canManage: can(me, "participant.manage", { regionId: participant.regionId }),
      canAnonymize: can(me, "participant.anonymize"),
    };
  });
}
