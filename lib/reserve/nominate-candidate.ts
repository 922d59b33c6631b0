// Выдвижение кандидата (сам, работодатель, организатор): the organizer records it by the participant's
// code; the first line of the candidate's history is written with it.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import type { NominateInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function nominateCandidate(db: Db, actor: SessionUser | null, input: NominateInput) {
  const me = authorize(actor, "reserve.manage");
  return db.$transaction(async (tx) => {
    const reserve = await tx.personnelReserve.findFirst({ where: { id: input.reserveId, ...regionWhere(me, "reserve.manage") } });
    if (!reserve) throw refuse(me, "reserve.manage", "Резерв не найден");
    const participant = await tx.participant.findFirst({
      where: {
        projectId: reserve.projectId,
        code: input.participantCode,
        anonymizedAt: null,
        ...regionWhere(me, "reserve.manage"),
      },
    });
    if (!participant) {
      throw new AppError("VALIDATION", "Проверьте поля формы", {
        participantCode: ["Участник с таким кодом не найден в ваших регионах"],
      });
    }
    const existing = await tx.reserveCandidate.findUnique({
      where: { reserveId_participantId: { reserveId: reserve.id, participantId: participant.id } },
    });
    if (existing)
      throw new AppError("CONFLICT", "Этот участник уже выдвинут в резерв", { participantCode: ["Уже выдвинут в этот резерв"] });
    const candidate = await tx.reserveCandidate.create({
      data: {
        reserveId: reserve.id,
        participantId: participant.id,
        source: input.source,
        history: { create: { toStatus: "nominated", reason: input.reason, actorId: me.id, details: { source: input.source } } },
      },
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "create",
      entity: "ReserveCandidate",
      entityId: candidate.id,
      after: candidate,
    });
    return candidate;
  });
}
