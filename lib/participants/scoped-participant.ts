// One participant inside the user's region scope (the scope is part of the query): a record of another
// region is "not found", whatever id was crafted into the request.
import "server-only";
import type { DbTx } from "../db/client";
import { regionWhere, type Action, type SessionUser } from "../auth/permissions";
import { AppError } from "../errors/app-error";

export async function scopedParticipant(tx: DbTx, user: SessionUser, action: Action, idOrCode: string, projectId?: string) {
  const participant = await tx.participant.findFirst({
    where: {
      ...regionWhere(user, action),
      ...(projectId ? { projectId, OR: [{ id: idOrCode }, { code: idOrCode }] } : { id: idOrCode }),
    },
  });
  if (!participant) throw new AppError("NOT_FOUND", "Участник не найден");
  return participant;
}
