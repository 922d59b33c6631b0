// Оценка наставника наставляемым: 1–5 and a comment, one per pair and calendar year; a second rating in the
// same year replaces the first. Only one's own mentor, of a pair active in that year.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import type { MentorRatingInput } from "./schemas";
import { refuse } from "../../auth/policy/refuse";

export async function rateMentor(db: Db, actor: SessionUser | null, input: MentorRatingInput, now = new Date()) {
  const me = authorize(actor, "mentoring.rate");
  const year = now.getUTCFullYear();
  return db.$transaction(async (tx) => {
    const pair = await tx.mentorPair.findFirst({
      where: {
        id: input.pairId,
        candidate: { participant: { userId: me.id } },
        startedOn: { lte: now },
        OR: [{ endedOn: null }, { endedOn: { gte: new Date(Date.UTC(year, 0, 1)) } }],
      },
    });
    if (!pair) throw refuse(me, "mentoring.rate", "Наставник не найден");
    const before = await tx.mentorRating.findUnique({ where: { pairId_year: { pairId: pair.id, year } } });
    const data = { rating: input.rating, comment: input.comment };
    const after = await tx.mentorRating.upsert({
      where: { pairId_year: { pairId: pair.id, year } },
      create: { pairId: pair.id, year, ...data },
      update: data,
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: before ? "update" : "create",
      entity: "MentorRating",
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}
