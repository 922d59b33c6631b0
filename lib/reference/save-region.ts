// Регион проекта: add one (a region known from another project is reused by its code) or change its
// name and time zone. The time zone decides how event times are shown and how periods are cut, so only
// valid IANA names are accepted (schemas.ts).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { z } from "../infra/validation/zod";
import type { regionSchema } from "./schemas";

export async function saveRegion(db: Db, actor: SessionUser | null, input: z.infer<typeof regionSchema>) {
  const user = authorize(actor, "reference.manage");
  return db.$transaction(async (tx) => {
    if (input.id) {
      const before = await tx.region.findFirst({ where: { id: input.id, projects: { some: { projectId: input.projectId } } } });
      if (!before) throw new AppError("NOT_FOUND", "Регион не найден в проекте");
      const after = await tx.region.update({ where: { id: before.id }, data: { name: input.name, timezone: input.timezone } });
      await writeAudit(tx, { actorId: user.id, action: "update", entity: "Region", entityId: before.id, before, after });
      return after;
    }
    const existing = await tx.region.findUnique({ where: { code: input.code } });
    const region =
      existing ?? (await tx.region.create({ data: { code: input.code, name: input.name, timezone: input.timezone } }));
    const linked = await tx.projectRegion.findUnique({
      where: { projectId_regionId: { projectId: input.projectId, regionId: region.id } },
    });
    if (linked) throw new AppError("CONFLICT", "Регион уже в проекте", { code: ["Регион с таким кодом уже есть в проекте"] });
    await tx.projectRegion.create({ data: { projectId: input.projectId, regionId: region.id } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "create",
      entity: "ProjectRegion",
      entityId: region.id,
      after: { projectId: input.projectId, region },
    });
    return region;
  });
}
