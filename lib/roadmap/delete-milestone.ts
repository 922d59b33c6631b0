// Удаление вехи дорожной карты (ADMIN, MINISTRY): the deleted milestone stays in the audit log.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { MilestoneIdInput } from "./schemas";

export async function deleteMilestone(db: Db, actor: SessionUser | null, input: MilestoneIdInput) {
  const user = authorize(actor, "roadmap.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.roadmapMilestone.findFirst({ where: { id: input.id, projectId: input.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Веха не найдена");
    await tx.roadmapMilestone.delete({ where: { id: before.id } });
    await writeAudit(tx, { actorId: user.id, action: "delete", entity: "RoadmapMilestone", entityId: before.id, before });
    return before;
  });
}
