// Обезличивание участника (152-ФЗ): names and contacts are erased, the user account is unlinked,
// deactivated and stripped of its name and e-mail, earlier audit entries lose their personal values —
// but registrations, attendance and ratings stay, so every KPI figure stays the same. What the personnel
// reserve holds about the person in free text and files is erased too (erase-reserve-records.ts), and so
// are the copies elsewhere: outbox, audit, security log, sessions (erase-personal-copies.ts).
import "server-only";
import fs from "node:fs/promises";
import { blobPath } from "../files/blob-path";
import { erasePersonalCopies } from "./erase-personal-copies";
import { eraseReserveRecords } from "./erase-reserve-records";
import { revokeUserSessions } from "../auth/sessions/revoke-user-sessions";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
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
    const account = participant.userId
      ? await tx.user.findUnique({ where: { id: participant.userId }, select: { fullName: true, email: true } })
      : null;
    const sharedAccount = !!participant.userId && (await tx.participant.count({ where: { userId: participant.userId } })) > 1;
    // before anything is blanked: the copies are found by the person's name, e-mail and records
    await erasePersonalCopies(tx, {
      participantId: participant.id,
      userId: sharedAccount ? null : participant.userId,
      names: [participant.fullName, ...(account && !sharedAccount ? [account.fullName] : [])],
      emails: [participant.email ?? "", ...(account && !sharedAccount ? [account.email] : [])],
    });
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
    if (participant.userId) {
      // the account goes with the person unless another participant record still uses it
      if (!sharedAccount) {
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
        await revokeUserSessions(tx, participant.userId, "anonymized");
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
