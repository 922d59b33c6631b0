// Запрос на удаление персональных данных: marks the person's participant records; an administrator then
// anonymises them (anonymize-participant.ts).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { refuse } from "../auth/policy/refuse";

export async function requestDataDeletion(db: Db, user: SessionUser | null, now = new Date()): Promise<number> {
  const me = authorize(user, "personalData.self");
  return db.$transaction(async (tx) => {
    const mine = await tx.participant.findMany({
      where: { userId: me.id, anonymizedAt: null, deletionRequestedAt: null },
      select: { id: true },
    });
    if (!mine.length) {
      const any = await tx.participant.count({ where: { userId: me.id } });
      if (!any) throw refuse(me, "personalData.self", "У вас нет анкеты участника");
      return 0;
    }
    await tx.participant.updateMany({ where: { id: { in: mine.map((p) => p.id) } }, data: { deletionRequestedAt: now } });
    for (const p of mine) {
      await writeAudit(tx, {
        actorId: me.id,
        action: "update",
        entity: "Participant",
        entityId: p.id,
        after: { deletionRequestedAt: now },
      });
    }
    return mine.length;
  });
}
