// Удаление из справочника: a category, direction or region nobody uses is deleted (a region: removed
// from the project); one that events, participants, experts or publications use is archived instead —
// it stays on those records and in the reports but is no longer offered in forms. Restore undoes it.
import "server-only";
import type { Db, DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { z } from "../infra/validation/zod";
import type { referenceStateSchema } from "./schemas";

type Input = z.infer<typeof referenceStateSchema>;

async function usage(tx: DbTx, input: Input): Promise<number> {
  switch (input.kind) {
    case "category":
      return (
        (await tx.participant.count({ where: { categoryId: input.id } })) +
        (await tx.eventCategory.count({ where: { categoryId: input.id } }))
      );
    case "direction":
      return (
        (await tx.event.count({ where: { directionId: input.id } })) +
        (await tx.expertDirection.count({ where: { directionId: input.id } }))
      );
    case "region":
      return (
        (await tx.event.count({ where: { regionId: input.id, projectId: input.projectId } })) +
        (await tx.participant.count({ where: { regionId: input.id, projectId: input.projectId } })) +
        (await tx.expert.count({ where: { regionId: input.id, projectId: input.projectId } })) +
        (await tx.publication.count({ where: { regionId: input.id, projectId: input.projectId } }))
      );
  }
}

export async function setReferenceState(
  db: Db,
  actor: SessionUser | null,
  input: Input,
): Promise<"deleted" | "archived" | "restored"> {
  const user = authorize(actor, "reference.manage");
  return db.$transaction(async (tx) => {
    const entity = { category: "ParticipantCategory", direction: "Direction", region: "Region" }[input.kind];
    const before =
      input.kind === "category"
        ? await tx.participantCategory.findFirst({ where: { id: input.id, projectId: input.projectId } })
        : input.kind === "direction"
          ? await tx.direction.findFirst({ where: { id: input.id, projectId: input.projectId } })
          : await tx.region.findFirst({ where: { id: input.id, projects: { some: { projectId: input.projectId } } } });
    if (!before) throw new AppError("NOT_FOUND", "Запись справочника не найдена");
    const archivedAt = input.intent === "restore" ? null : new Date();
    let result: "deleted" | "archived" | "restored" = input.intent === "restore" ? "restored" : "archived";
    if (input.intent === "remove" && (await usage(tx, input)) === 0) {
      result = "deleted";
      if (input.kind === "category") await tx.participantCategory.delete({ where: { id: input.id } });
      else if (input.kind === "direction") await tx.direction.delete({ where: { id: input.id } });
      else await tx.projectRegion.delete({ where: { projectId_regionId: { projectId: input.projectId, regionId: input.id } } });
    } else if (input.kind === "category") await tx.participantCategory.update({ where: { id: input.id }, data: { archivedAt } });
    else if (input.kind === "direction") await tx.direction.update({ where: { id: input.id }, data: { archivedAt } });
    else await tx.region.update({ where: { id: input.id }, data: { archivedAt } });
    await writeAudit(tx, {
      actorId: user.id,
      action: result === "deleted" ? "delete" : "update",
      entity,
      entityId: input.id,
      before,
      after: result === "deleted" ? undefined : { ...before, archivedAt },
    });
    return result;
  });
}
