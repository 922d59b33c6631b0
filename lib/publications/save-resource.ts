// Информационный ресурс: created and edited by the administrator. A code is made up when left empty;
// a taken code is a field error (the action's uniqueField).
import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import type { ResourceInput } from "./schemas";

export async function saveResource(db: Db, actor: SessionUser | null, input: ResourceInput) {
  const user = authorize(actor, "resource.manage");
  return db.$transaction(async (tx) => {
    const data = { name: input.name, kind: input.kind, url: input.url };
    if (!input.id) {
      const resource = await tx.informationResource.create({
        data: { ...data, projectId: input.projectId, code: input.code ?? `RES-${randomBytes(4).toString("hex").toUpperCase()}` },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "InformationResource",
        entityId: resource.id,
        after: resource,
      });
      return resource;
    }
    const before = await tx.informationResource.findFirst({ where: { id: input.id, projectId: input.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Ресурс не найден");
    const resource = await tx.informationResource.update({
      where: { id: before.id },
      data: { ...data, ...(input.code ? { code: input.code } : {}) },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "InformationResource",
      entityId: resource.id,
      before,
      after: resource,
    });
    return resource;
  });
}
