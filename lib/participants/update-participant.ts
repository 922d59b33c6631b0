// Изменение карточки участника: inside the user's regions only — both the record found and the region it
// moves to; audited and written to the personal-data access log.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, can, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import type { ParticipantInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function updateParticipant(db: Db, user: SessionUser | null, input: ParticipantInput) {
  const me = authorize(user, "participant.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.participant.findFirst({ where: { id: input.id, ...regionWhere(me, "participant.manage") } });
    if (!before) throw refuse(me, "participant.manage", "Участник не найден");
    if (before.anonymizedAt) throw new AppError("CONFLICT", "Данные участника обезличены: изменить карточку нельзя");
    const category = await tx.participantCategory.findFirst({ where: { id: input.categoryId, projectId: before.projectId } });
    const region = await tx.region.findFirst({
      where: { id: input.regionId, projects: { some: { projectId: before.projectId } } },
    });
    // moving the card into a region outside the scope: FORBIDDEN beside the field (the refusal rule)
    if (region && !can(me, "participant.manage", { regionId: region.id })) {
      throw new AppError("FORBIDDEN", "Можно выбрать только свой регион", { regionId: ["Можно выбрать только свой регион"] });
    }
    const fieldErrors: Record<string, string[]> = {};
    if (!category) fieldErrors.categoryId = ["Выберите категорию из списка"];
    if (!region) fieldErrors.regionId = ["Выберите регион из списка"];
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "Проверьте поля формы", fieldErrors);
    const data = {
      fullName: input.fullName,
      email: input.email,
      phone: input.phone,
      organization: input.organization,
      position: input.position,
      categoryId: input.categoryId,
      regionId: input.regionId,
    };
    const { count } = await tx.participant.updateMany({
      where: { id: before.id, ...regionWhere(me, "participant.manage") },
      data,
    });
    if (count !== 1) throw refuse(me, "participant.manage", "Участник не найден");
    const pick = (p: typeof before) => ({
      fullName: p.fullName,
      email: p.email,
      phone: p.phone,
      organization: p.organization,
      position: p.position,
      categoryId: p.categoryId,
      regionId: p.regionId,
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "update",
      entity: "Participant",
      entityId: before.id,
      before: pick(before),
      after: data,
    });
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [before.id], action: "update" });
    return { ...before, ...data };
  });
}
