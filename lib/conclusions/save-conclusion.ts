// Экспертное заключение: only an EXPERT user linked to the event (EventExpert), one per expert and event
// (an upsert on the unique key), changed only by its author, only once the event has started
// (conclusion-open.ts). Audited.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import { linkedExpertWhere } from "../auth/policy/linked-expert-where";
import { refuse } from "../auth/policy/refuse";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { conclusionOpen } from "./conclusion-open";
import type { ConclusionInput } from "./schemas";

export async function saveConclusion(db: Db, actor: SessionUser | null, input: ConclusionInput, now = new Date()) {
  const user = authorize(actor, "conclusion.write");
  return db.$transaction(async (tx) => {
    const link = await tx.eventExpert.findFirst({
      where: { eventId: input.eventId, expert: linkedExpertWhere(user.id), event: { publishedAt: { not: null } } },
      select: { expertId: true, event: { select: { status: true, startsAt: true } } },
    });
    if (!link) throw refuse(user, "conclusion.write", "Заключение пишут эксперты, участвовавшие в этом мероприятии");
    const window = conclusionOpen(link.event, now);
    if (!window.open) throw new AppError("CONFLICT", window.reason!);
    const key = { eventId_expertId: { eventId: input.eventId, expertId: link.expertId } };
    const data = { whatWorked: input.whatWorked, recommendations: input.recommendations, assessment: input.assessment };
    const before = await tx.expertConclusion.findUnique({ where: key });
    const conclusion = await tx.expertConclusion.upsert({
      where: key,
      update: data,
      create: { eventId: input.eventId, expertId: link.expertId, ...data },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: before ? "update" : "create",
      entity: "ExpertConclusion",
      entityId: conclusion.id,
      before: before ?? undefined,
      after: conclusion,
    });
    return { conclusion, created: !before };
  });
}
