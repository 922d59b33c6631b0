// Внести или изменить эксперта (ADMIN; COORDINATOR — experts of own regions, and only into own regions).
// Directions must be the project's; a linked portal user must have the EXPERT role. Every save is audited
// and logged in the personal-data access journal.
import "server-only";
import { randomBytes } from "node:crypto";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { consentFields } from "../personal-data/consent";
import { logExpertAccess } from "./log-expert-access";
import type { ExpertInput } from "./schemas";
import { expertAccountsWhere } from "../auth/policy/expert-accounts-where";

export async function saveExpert(db: Db, actor: SessionUser | null, input: ExpertInput, now = new Date()) {
  const user = authorize(actor, "expert.manage");
  authorize(user, "expert.manage", { regionId: input.regionId });
  return db.$transaction(async (tx) => {
    const inProject = await tx.projectRegion.count({ where: { projectId: input.projectId, regionId: input.regionId } });
    if (!inProject) throw new AppError("VALIDATION", "Проверьте поля формы", { regionId: ["Регион не участвует в проекте"] });
    const directions = await tx.direction.count({ where: { projectId: input.projectId, id: { in: input.directionIds } } });
    if (directions !== input.directionIds.length) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { directionIds: ["Выберите направления из списка проекта"] });
    }
    let userId: string | null = null;
    if (input.userEmail) {
      const linked = await tx.user.findFirst({
        where: { email: { equals: input.userEmail, mode: "insensitive" }, ...expertAccountsWhere() },
        select: { id: true },
      });
      if (!linked) {
        throw new AppError("VALIDATION", "Проверьте поля формы", {
          userEmail: ["Пользователь портала с ролью «эксперт» и такой почтой не найден"],
        });
      }
      userId = linked.id;
    }
    const data = {
      fullName: input.fullName,
      independent: input.independent,
      regionId: input.regionId,
      organization: input.organization,
      email: input.email,
      phone: input.phone,
      competences: input.competences,
      userId,
    };
    const before = input.id
      ? await tx.expert.findFirst({
          where: { id: input.id, projectId: input.projectId, ...regionWhere(user, "expert.manage") },
          include: { directions: { select: { directionId: true } } },
        })
      : null;
    if (input.id && !before) throw new AppError("NOT_FOUND", "Эксперт не найден");
    const consent = consentFields(before, now);
    const directionLinks = { create: input.directionIds.map((directionId) => ({ directionId })) };
    const expert = before
      ? await tx.expert.update({
          where: { id: before.id },
          data: {
            ...data,
            ...consent,
            ...(input.code ? { code: input.code } : {}),
            directions: { deleteMany: {}, ...directionLinks },
          },
        })
      : await tx.expert.create({
          data: {
            ...data,
            ...consent,
            projectId: input.projectId,
            code: input.code ?? `EXP-${randomBytes(4).toString("hex").toUpperCase()}`,
            directions: directionLinks,
          },
        });
    await writeAudit(tx, {
      actorId: user.id,
      action: before ? "update" : "create",
      entity: "Expert",
      entityId: expert.id,
      before: before ?? undefined,
      after: { ...expert, directionIds: input.directionIds },
    });
    await logExpertAccess(tx, user.id, expert.id, "update");
    return expert;
  });
}
