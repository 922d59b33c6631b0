// Импорт участников из CSV/XLSX: checks the file (preview-participant-import.ts) and, when asked to write,
// writes it in one transaction — all rows, or nothing while any row is bad unless the user chose to write
// only the valid rows. Updates stay inside the user's regions (the scope is in the update's where).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { previewParticipantImport, type ImportPreview } from "./preview-participant-import";
import { readSpreadsheet } from "./read-spreadsheet";

export type ImportRequest = { projectId: string; fileName: string; bytes: Uint8Array; write: boolean; validOnly: boolean };
export type ImportOutcome = { preview: ImportPreview; written: { created: number; updated: number } | null };

export async function importParticipants(db: Db, user: SessionUser | null, request: ImportRequest): Promise<ImportOutcome> {
  const me = authorize(user, "participant.manage");
  const cells = await readSpreadsheet(request.fileName, request.bytes);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"kadry-participants:" + request.projectId}))`;
      const preview = await previewParticipantImport(tx, me, request.projectId, cells);
      if (!request.write || (preview.invalidCount > 0 && !request.validOnly)) return { preview, written: null };
      const written = { created: 0, updated: 0 };
      const updatedIds: string[] = [];
      for (const row of preview.rows) {
        if (row.errors.length) continue;
        const data = {
          fullName: row.fullName,
          email: row.email,
          phone: row.phone,
          organization: row.organization,
          position: row.position,
          categoryId: row.categoryId,
          regionId: row.regionId,
        };
        if (row.existingId) {
          const { count } = await tx.participant.updateMany({
            where: { id: row.existingId, anonymizedAt: null, ...regionWhere(me, "participant.manage") },
            data,
          });
          if (count !== 1) continue;
          written.updated++;
          updatedIds.push(row.existingId);
          await writeAudit(tx, {
            actorId: me.id,
            action: "import",
            entity: "Participant",
            entityId: row.existingId,
            after: data,
          });
        } else {
          const created = await tx.participant.create({ data: { projectId: request.projectId, code: row.code, ...data } });
          written.created++;
          await writeAudit(tx, { actorId: me.id, action: "import", entity: "Participant", entityId: created.id, after: data });
        }
      }
      await logPersonalDataAccess(tx, { userId: me.id, subjectIds: updatedIds, action: "update" });
      return { preview, written };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
