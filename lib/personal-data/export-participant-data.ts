// Выгрузка данных участника из карточки (ADMIN; MINISTRY; COORDINATOR of the participant's region): the
// same object the person downloads, written to the access log as an export.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { logPersonalDataAccess } from "./log-personal-data-access";
import { participantData } from "./participant-data";
import { refuse } from "../auth/policy/refuse";

export async function exportParticipantData(db: Db, user: SessionUser | null, participantId: string, now = new Date()) {
  const me = authorize(user, "participant.read");
  return db.$transaction(async (tx) => {
    const [participant] = await participantData(tx, { id: participantId, ...regionWhere(me, "participant.read") });
    if (!participant) throw refuse(me, "participant.read", "Участник не найден");
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [participantId], action: "export" });
    return { format: "kadry-personal-data/1", exportedAt: now.toISOString(), participants: [participant] };
  });
}
