// Конкурс «Управленцы будущего» of a reserve; stages and criteria are added next.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { refuse } from "../../auth/policy/refuse";

export async function createCompetition(
  db: Db,
  actor: SessionUser | null,
  input: { reserveId: string; title: string; year: number },
) {
  const me = authorize(actor, "competition.manage");
  return db.$transaction(async (tx) => {
    const reserve = await tx.personnelReserve.findFirst({
      where: { id: input.reserveId, ...regionWhere(me, "competition.manage") },
    });
    if (!reserve) throw refuse(me, "competition.manage", "Резерв не найден");
    const competition = await tx.competition.create({ data: input });
    await writeAudit(tx, {
      actorId: me.id,
      action: "create",
      entity: "Competition",
      entityId: competition.id,
      after: competition,
    });
    return competition;
  });
}
