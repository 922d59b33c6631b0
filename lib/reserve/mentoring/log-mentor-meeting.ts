// Журнал встреч: the mentor records a meeting with their own mentee (an active pair only). The date can't be
// before the pair started nor in the future: the log is of meetings held.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { activeMentorPairWhere } from "../../auth/policy/active-mentor-pair-where";
import { refuse } from "../../auth/policy/refuse";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import type { MeetingInput } from "./schemas";

export async function logMentorMeeting(db: Db, actor: SessionUser | null, input: MeetingInput, now = new Date()) {
  const me = authorize(actor, "mentoring.log");
  return db.$transaction(async (tx) => {
    const pair = await tx.mentorPair.findFirst({ where: { id: input.pairId, ...activeMentorPairWhere(me.id) } });
    if (!pair) throw refuse(me, "mentoring.log", "Наставническая пара не найдена");
    if (input.heldOn < pair.startedOn) {
      throw new AppError("VALIDATION", "Проверьте поля формы", {
        heldOn: ["Встреча не может быть раньше начала наставничества"],
      });
    }
    if (input.heldOn.getTime() > now.getTime()) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { heldOn: ["Встреча ещё не состоялась"] });
    }
    const meeting = await tx.mentorMeeting.create({ data: { ...input, createdById: me.id } });
    await writeAudit(tx, { actorId: me.id, action: "create", entity: "MentorMeeting", entityId: meeting.id, after: meeting });
    return meeting;
  });
}
