// A stored file for download: its row and bytes, if the user may see the record it is attached to.
// A file the user may not see is «not found», exactly like a file that doesn't exist. Downloading a
// diagnostics file is written to the personal data access log, like viewing the record.
import "server-only";
import fs from "node:fs/promises";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { refuseHidden } from "../auth/policy/refuse";
import { AppError } from "../infra/errors/app-error";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { blobPath } from "./blob-path";
import { fileAccessWhere } from "./file-access-where";

export async function openStoredFile(db: Db, actor: SessionUser | null, id: string) {
  if (!actor) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const user = actor;
  const notFound = refuseHidden(user, "Файл не найден");
  const access = fileAccessWhere(user);
  if (!access) throw notFound;
  const file = await db.storedFile.findFirst({
    where: { AND: [{ id }, access] },
    include: { diagnostic: { select: { candidate: { select: { participantId: true } } } } },
  });
  if (!file) throw notFound;
  const bytes = await fs.readFile(blobPath(file.storageKey)).catch(() => {
    throw new AppError("NOT_FOUND", "Файл не найден"); // the record is visible, its bytes are lost: no refusal
  });
  if (file.diagnostic) {
    await logPersonalDataAccess(db, { userId: user.id, subjectIds: [file.diagnostic.candidate.participantId], action: "export" });
  }
  return { file, bytes };
}
