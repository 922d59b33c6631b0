// The conclusion form of an event for the expert linked to it: the event, the expert's role and their
// conclusion if written. Anyone else — another expert, an expert of another event — is refused.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import { linkedExpertWhere } from "../auth/policy/linked-expert-where";
import { refuse } from "../auth/policy/refuse";
import type { Db } from "../infra/db/client";
import { conclusionOpen } from "./conclusion-open";

export async function getConclusionForm(db: Db, actor: SessionUser | null, eventId: string, now = new Date()) {
  const user = authorize(actor, "conclusion.write");
  const link = await db.eventExpert.findFirst({
    where: { eventId, expert: linkedExpertWhere(user.id), event: { publishedAt: { not: null } } },
    select: {
      role: true,
      expertId: true,
      event: {
        select: { id: true, title: true, status: true, startsAt: true, region: { select: { name: true, timezone: true } } },
      },
    },
  });
  if (!link) throw refuse(user, "conclusion.write", "Заключение пишут эксперты, участвовавшие в этом мероприятии");
  const conclusion = await db.expertConclusion.findUnique({
    where: { eventId_expertId: { eventId, expertId: link.expertId } },
  });
  return { event: link.event, role: link.role, conclusion, window: conclusionOpen(link.event, now) };
}
