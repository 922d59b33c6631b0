// The "my data" page: whether the signed-in person has participant records and what was asked already.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";

export async function getMyDataStatus(db: Db, user: SessionUser | null) {
  const me = authorize(user, "personalData.self");
  const records = await db.participant.findMany({
    where: { userId: me.id },
    select: { id: true, consentAt: true, consentVersion: true, deletionRequestedAt: true, project: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  return { records };
}
