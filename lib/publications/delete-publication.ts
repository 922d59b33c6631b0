// Удалить публикацию: only one of the user's regions (the scope is in the query: another region's id is
// "not found"). Audited with what was deleted.
import "server-only";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { refuse } from "../auth/policy/refuse";

export async function deletePublication(db: Db, actor: SessionUser | null, id: string) {
  const user = authorize(actor, "publication.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.publication.findFirst({ where: { id, ...regionWhere(user, "publication.manage") } });
    if (!before) throw refuse(user, "publication.manage", "Публикация не найдена");
    await tx.publication.delete({ where: { id: before.id } });
    await writeAudit(tx, { actorId: user.id, action: "delete", entity: "Publication", entityId: before.id, before });
  });
}
