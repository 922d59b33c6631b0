// Add or rename a participant category or a direction of a project. The code is fixed once created
// (bundles and reports refer to it); a duplicate code is a field error.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { z } from "../infra/validation/zod";
import type { referenceItemSchema } from "./schemas";

type Input = z.infer<typeof referenceItemSchema>;
const ENTITY = { category: "ParticipantCategory", direction: "Direction" } as const;

export async function saveReferenceItem(db: Db, actor: SessionUser | null, input: Input) {
  const user = authorize(actor, "reference.manage");
  return db.$transaction(async (tx) => {
    // one delegate type for both tables: they have the same columns
    const table = (input.kind === "category" ? tx.participantCategory : tx.direction) as unknown as typeof tx.direction;
    if (input.id) {
      const before = await table.findFirst({ where: { id: input.id, projectId: input.projectId } });
      if (!before) throw new AppError("NOT_FOUND", "Запись справочника не найдена");
      const after = await table.update({ where: { id: before.id }, data: { name: input.name } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "update",
        entity: ENTITY[input.kind],
        entityId: before.id,
        before,
        after,
      });
      return after;
    }
    const taken = await table.findFirst({ where: { projectId: input.projectId, code: input.code } });
    if (taken) throw new AppError("CONFLICT", "Такой код уже есть", { code: ["Такой код уже есть в справочнике проекта"] });
    const created = await table.create({ data: { projectId: input.projectId, code: input.code, name: input.name } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "create",
      entity: ENTITY[input.kind],
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
