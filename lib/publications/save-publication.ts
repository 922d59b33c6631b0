// Публикация: added and edited by the administrator or a coordinator of the publication's region (both
// the new region and, on edit, the stored one must be in scope). The resource and the event must be the
// project's, the event in the same region. The date is a local day in the project's time zone, stored as
// its first instant, so the KPI period (local midnights) counts it in the right quarter. A duplicate
// (resource, region, link) is a unique violation the action shows beside the link field.
import "server-only";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { startOfLocalDay } from "../infra/time/period-bounds";
import type { PublicationInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Проверьте поля формы", { [field]: [message] });

export async function savePublication(db: Db, actor: SessionUser | null, input: PublicationInput) {
  const user = authorize(actor, "publication.manage");
  authorize(user, "publication.manage", { regionId: input.regionId });
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { timezone: true } });
    if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
    if (!(await tx.projectRegion.count({ where: { projectId: input.projectId, regionId: input.regionId } }))) {
      throw invalid("regionId", "Регион не участвует в проекте");
    }
    if (!(await tx.informationResource.count({ where: { id: input.resourceId, projectId: input.projectId } }))) {
      throw invalid("resourceId", "Выберите ресурс из списка проекта");
    }
    if (input.eventId) {
      const event = await tx.event.count({
        where: { id: input.eventId, projectId: input.projectId, regionId: input.regionId },
      });
      if (!event) throw invalid("eventId", "Мероприятие должно быть проведено в регионе публикации");
    }
    const data = {
      resourceId: input.resourceId,
      regionId: input.regionId,
      eventId: input.eventId,
      url: input.url,
      title: input.title,
      publishedAt: startOfLocalDay(input.publishedAt, project.timezone),
    };
    if (!input.id) {
      const publication = await tx.publication.create({ data: { ...data, projectId: input.projectId } });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "Publication",
        entityId: publication.id,
        after: publication,
      });
      return publication;
    }
    const before = await tx.publication.findFirst({
      where: { id: input.id, projectId: input.projectId, ...regionWhere(user, "publication.manage") },
    });
    if (!before) throw refuse(user, "publication.manage", "Публикация не найдена");
    const publication = await tx.publication.update({ where: { id: before.id }, data });
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "Publication",
      entityId: publication.id,
      before,
      after: publication,
    });
    return publication;
  });
}
