// Психолого-педагогическая диагностика: recorded by the organizers of the region only; the record is
// sensitive, so writing it is logged as a change of the person's personal data. Attached files (the
// report of the method) are stored with the record or not at all.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { storeUploads } from "../files/store-uploads";
import type { DiagnosticInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function addDiagnostic(
  db: Db,
  actor: SessionUser | null,
  { files = [], ...input }: DiagnosticInput & { files?: File[] },
) {
  const me = authorize(actor, "reserve.diagnostics");
  return storeUploads(files, "files", (staged) =>
    db.$transaction(async (tx) => {
      const candidate = await tx.reserveCandidate.findFirst({
        where: { id: input.candidateId, reserve: regionWhere(me, "reserve.diagnostics") },
      });
      if (!candidate) throw refuse(me, "reserve.diagnostics", "Кандидат не найден");
      const record = await tx.reserveDiagnostic.create({ data: { ...input, createdById: me.id } });
      await tx.storedFile.createMany({ data: staged.map((f) => ({ ...f, uploadedById: me.id, diagnosticId: record.id })) });
      // the audit keeps the fact, not the summary: the result itself is read through the access log only
      await writeAudit(tx, {
        actorId: me.id,
        action: "create",
        entity: "ReserveDiagnostic",
        entityId: record.id,
        after: { candidateId: candidate.id, method: record.method, files: staged.map((f) => f.originalName) },
      });
      await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [candidate.participantId], action: "update" });
      return record;
    }),
  );
}
