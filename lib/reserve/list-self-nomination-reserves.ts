// Reserves a participant may nominate themselves to: those of the projects and regions where they are a
// participant, which they are not yet a candidate of.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";

export async function listSelfNominationReserves(db: Db, actor: SessionUser | null) {
  const me = authorize(actor, "reserve.nominateSelf");
  const mine = await db.participant.findMany({
    where: { userId: me.id, anonymizedAt: null },
    select: { projectId: true, regionId: true },
    take: 20,
  });
  if (!mine.length) return [];
  return db.personnelReserve.findMany({
    where: {
      OR: mine.map((p) => ({ projectId: p.projectId, regionId: p.regionId })),
      candidates: { none: { participant: { userId: me.id } } },
    },
    orderBy: [{ targetPosition: "asc" }, { id: "asc" }],
    select: { id: true, targetPosition: true, organization: true, regulation: true, region: { select: { name: true } } },
    take: 50,
  });
}
