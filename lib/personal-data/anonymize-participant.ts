// Обезличивание участника (152-ФЗ): names and contacts are erased, the user account is unlinked,
// deactivated and stripped of its name and e-mail, earlier audit entries lose their personal values —
// but registrations, attendance and ratings stay, so every KPI figure stays the same. What the personnel
// reserve holds about the person in free text and files is erased too (erase-reserve-records.ts).
import fs from "node:fs/promises";
import { blobPath } from "../files/blob-path";
import { eraseReserveRecords } from "./erase-reserve-records";
import { revokeUserSessions } from "../auth/sessions/revoke-user-sessions";
import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors/app-error";
import { logPersonalDataAccess } from "./log-personal-data-access";
import { refuse } from "../auth/policy/refuse";

export const ANONYMIZED_NAME = "Участник удалён";

export async function anonymizeParticipant(db: Db, user: SessionUser | null, participantId: string, now = new Date()) {
  const admin = authorize(user, "participant.anonymize");
  let erasedBlobs: string[] = [];
  const result = await db.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({ where: { id: participantId } });
    if (!participant) throw refuse(admin, "participant.anonymize", "Участник не найден");
    if (participant.anonymizedAt) throw new AppError("CONFLICT", "Данные участника уже обезличены");
    const updated = await tx.participant.update({
      where: { id: participant.id },
      data: {
        fullName: `${ANONYMIZED_NAME} (${participant.code})`,
        email: null,
        phone: null,
        organization: null,
        position: null,
        userId: null,
        anonymizedAt: now,
        deletionRequestedAt: participant.deletionRequestedAt ?? now,
      },
    });
    // earlier audit entries must not keep what was erased
    await tx.auditLog.updateMany({
      where: { entity: "Participant", entityId: participant.id },
      data: { before: { anonymized: true }, after: { anonymized: true } },
    });
    if (participant.userId) {
      const others = await tx.participant.count({ where: { userId: participant.userId } });
      if (!others) {
        await tx.user.update({
          where: { id: participant.userId },
          data: {
            active: false,
            totpSecret: null,
            totpPendingSecret: null,
            fullName: ANONYMIZED_NAME,
            email: `deleted-${participant.userId}@deleted.invalid`,
          },
        });
        await tx.auditLog.updateMany({
          where: { entity: "User", entityId: participant.userId },
          data: { before: { anonymized: true }, after: { anonymized: true } },
        });
        await revokeUserSessions(tx, participant.userId, "anonymized");
        // the security log keeps what happened, not the erased address
        await tx.securityEvent.updateMany({ where: { userId: participant.userId }, data: { email: null } });
      }
    }
    await writeAudit(tx, {
      actorId: admin.id,
      action: "update",
      entity: "Participant",
      entityId: participant.id,
      after: { anonymizedAt: now, userUnlinked: !!participant.userId },
    });
    erasedBlobs = await eraseReserveRecords(tx, participant.id);
    await logPersonalDataAccess(tx, { userId: admin.id, subjectIds: [participant.id], action: "anonymize" });
    return updated;
  });
  // the rows are gone with the commit; their bytes go now (a failure here leaves only unreferenced
  // blobs, which `npm run files:sweep` removes)
  await Promise.all(erasedBlobs.map((key) => fs.rm(blobPath(key), { force: true }).catch(() => undefined)));
  return result;
}
