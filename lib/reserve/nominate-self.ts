// Самовыдвижение: a participant nominates themselves into a reserve of their own region and project, with
// their motivation as the first line of the history. The region's coordinators get a letter (same transaction)
// and then check the documents as usual.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { portalLink } from "../infra/http/app-url";
import type { SelfNominationInput } from "./schemas";
import { regionCoordinatorLinksWhere } from "../auth/policy/region-coordinator-links-where";
import { refuse } from "../auth/policy/refuse";

export async function nominateSelf(db: Db, actor: SessionUser | null, input: SelfNominationInput) {
  const me = authorize(actor, "reserve.nominateSelf");
  return db.$transaction(async (tx) => {
    const reserve = await tx.personnelReserve.findUnique({ where: { id: input.reserveId } });
    const participant = reserve
      ? await tx.participant.findFirst({
          where: { projectId: reserve.projectId, regionId: reserve.regionId, userId: me.id, anonymizedAt: null },
        })
      : null;
    // a reserve of another region is «not found», like any record outside one's reach
    if (!reserve || !participant) throw refuse(me, "reserve.nominateSelf", "Резерв не найден");
    const existing = await tx.reserveCandidate.findUnique({
      where: { reserveId_participantId: { reserveId: reserve.id, participantId: participant.id } },
    });
    if (existing) throw new AppError("CONFLICT", "Вы уже выдвинуты в этот резерв");
    const candidate = await tx.reserveCandidate.create({
      data: {
        reserveId: reserve.id,
        participantId: participant.id,
        source: "self",
        history: { create: { toStatus: "nominated", reason: input.reason, actorId: me.id, details: { source: "self" } } },
      },
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "create",
      entity: "ReserveCandidate",
      entityId: candidate.id,
      after: candidate,
    });
    const coordinators = await tx.userRegion.findMany({
      where: regionCoordinatorLinksWhere(reserve.regionId),
      select: { userId: true },
    });
    await enqueueUserMessages(tx, {
      userIds: coordinators.map((c) => c.userId),
      kind: "reserve_self_nomination",
      subject: `Самовыдвижение в кадровый резерв: ${participant.fullName}`,
      body: [
        `${participant.fullName} выдвинул(а) себя в резерв «${reserve.targetPosition}».`,
        "",
        `Мотивация: ${input.reason}`,
        "",
        `Карточка кандидата: ${portalLink(`/reserve/candidates/${candidate.id}`)}`,
      ].join("\n"),
    });
    return candidate;
  });
}
