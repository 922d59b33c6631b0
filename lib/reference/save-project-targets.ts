import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { z } from "../infra/validation/zod";
import type { projectTargetsSchema } from "./schemas";

/** Целевые показатели проекта, its name, time zone and the survey window (ADMIN), audited. */
export async function saveProjectTargets(db: Db, actor: SessionUser | null, input: z.infer<typeof projectTargetsSchema>) {
  const user = authorize(actor, "reference.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.project.findUnique({ where: { id: input.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Проект не найден");
    const { projectId, ...data } = input;
    const after = await tx.project.update({
      where: { id: projectId },
      data: { ...data, targetSatisfactionAvg: data.targetSatisfactionAvg.toFixed(2) },
    });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Project", entityId: projectId, before, after });
    return after;
  });
}
