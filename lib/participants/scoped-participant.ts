// One participant inside the user's region scope (the scope is part of the query): a record of another
// region is "not found", whatever id was crafted into the request.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { regionWhere, type Action, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";

export async function scopedParticipant(tx: DbTx, user: SessionUser, action: Action, idOrCode: string, projectId?: string) {
  const participant = await tx.participant.findFirst({
    where: {
      ...regionWhere(user, action),
      ...(projectId ? { projectId, OR: [{ id: idOrCode }, { code: idOrCode }] } : { id: idOrCode }),
    },
  });
  if (!participant) throw refuse(user, action, "Участник не найден");
  return participant;
}
