// Создание и изменение вехи дорожной карты (ADMIN, MINISTRY), audited.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { MilestoneInput } from "./schemas";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

export async function saveMilestone(db: Db, actor: SessionUser | null, input: MilestoneInput) {
  const user = authorize(actor, "roadmap.manage");
  const data = {
    title: input.title,
    owner: input.owner,
    startDate: input.startDate ? day(input.startDate) : null,
    dueDate: day(input.dueDate),
    progress: input.progress,
  };
  return db.$transaction(async (tx) => {
    if (input.id) {
      const before = await tx.roadmapMilestone.findFirst({ where: { id: input.id, projectId: input.projectId } });
      if (!before) throw new AppError("NOT_FOUND", "Веха не найдена");
      const after = await tx.roadmapMilestone.update({ where: { id: before.id }, data });
      await writeAudit(tx, { actorId: user.id, action: "update", entity: "RoadmapMilestone", entityId: after.id, before, after });
      return after;
    }
    const created = await tx.roadmapMilestone.create({ data: { ...data, projectId: input.projectId } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "create",
      entity: "RoadmapMilestone",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
