// Кадровый резерв при обезличивании (152-ФЗ): what the reserve holds about the person in free text or
// files — diagnostics (psychological results), attached files, their reports and comments, mentoring
// notes — is erased; the lifecycle statuses, plan items' titles and scores stay, so the reserve's figures
// stay the same. Returns the storage keys of the deleted files, whose blobs the caller removes after commit.
import "server-only";
import type { DbTx } from "../infra/db/client";

export async function eraseReserveRecords(tx: DbTx, participantId: string): Promise<string[]> {
  const candidates = await tx.reserveCandidate.findMany({ where: { participantId }, select: { id: true } });
  const candidateId = { in: candidates.map((c) => c.id) };
  if (!candidates.length) return [];
  const files = await tx.storedFile.findMany({
    where: { OR: [{ diagnostic: { candidateId } }, { planItem: { plan: { candidateId } } }] },
    select: { id: true, storageKey: true },
  });
  await tx.storedFile.deleteMany({ where: { id: { in: files.map((f) => f.id) } } });
  await tx.reserveDiagnostic.deleteMany({ where: { candidateId } });
  await tx.developmentPlan.updateMany({ where: { candidateId }, data: { report: null, curatorConclusion: null } });
  await tx.developmentPlanItem.updateMany({
    where: { plan: { candidateId } },
    data: { memberReport: null, mentorComment: null, evidenceUrl: null },
  });
  await tx.competencyAssessment.updateMany({ where: { candidateId }, data: { comment: null } });
  await tx.mentorMeeting.updateMany({ where: { pair: { candidateId } }, data: { notes: "", nextSteps: "" } });
  await tx.mentorRating.updateMany({ where: { pair: { candidateId } }, data: { comment: null } });
  return files.map((f) => f.storageKey);
}
