// Объединение двух записей одного человека: the duplicate's registrations and feedback move to the record
// kept. When both have one for the same event the better stays — attended over not, then registered over
// any other status; the newer feedback — and the other is dropped. Empty contacts of the record kept are
// filled from the duplicate, its account link moves if the kept record has none; then the duplicate is
// deleted. One transaction, audited, both records in the personal-data access log.
import "server-only";
import type { Registration, Feedback } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { refuse } from "../auth/policy/refuse";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { logPersonalDataAccess } from "../personal-data/log-personal-data-access";
import { scopedParticipant } from "./scoped-participant";
import type { MergeInput } from "./schemas";

type RegistrationRank = Pick<Registration, "attended" | "status">;

/** Is registration `a` better than `b`? Attended first, then registered; a tie keeps `b`. */
export function betterRegistration(a: RegistrationRank, b: RegistrationRank): boolean {
  if (a.attended !== b.attended) return a.attended;
  return a.status === "registered" && b.status !== "registered";
}

/** Is feedback `a` newer than `b`? A tie keeps `b`. */
export function newerFeedback(a: Pick<Feedback, "updatedAt">, b: Pick<Feedback, "updatedAt">): boolean {
  return a.updatedAt.getTime() > b.updatedAt.getTime();
}

export async function mergeParticipants(db: Db, user: SessionUser | null, input: MergeInput) {
  const me = authorize(user, "participant.manage");
  return db.$transaction(async (tx) => {
    const current = await scopedParticipant(tx, me, "participant.manage", input.id);
    const other = await scopedParticipant(tx, me, "participant.manage", input.other, current.projectId).catch(() => {
      throw refuse(me, "participant.manage", "Вторая запись не найдена", {
        other: ["Участник с таким кодом не найден в ваших регионах"],
      });
    });
    if (other.id === current.id) {
      throw new AppError("VALIDATION", "Проверьте поля формы", { other: ["Нельзя объединить запись саму с собой"] });
    }
    const [keep, dup] = input.keep === "this" ? [current, other] : [other, current];
    if (keep.anonymizedAt || dup.anonymizedAt) throw new AppError("CONFLICT", "Обезличенные записи не объединяются");

    const moved = { registrations: 0, registrationsReplaced: 0, feedback: 0, feedbackReplaced: 0 };
    const keepRegs = new Map((await tx.registration.findMany({ where: { participantId: keep.id } })).map((r) => [r.eventId, r]));
    for (const reg of await tx.registration.findMany({ where: { participantId: dup.id } })) {
      const mine = keepRegs.get(reg.eventId);
      if (mine && !betterRegistration(reg, mine)) {
        await tx.registration.delete({ where: { id: reg.id } });
        continue;
      }
      if (mine) {
        await tx.registration.delete({ where: { id: mine.id } });
        moved.registrationsReplaced++;
      } else moved.registrations++;
      await tx.registration.update({ where: { id: reg.id }, data: { participantId: keep.id } });
    }
    const keepFeedback = new Map((await tx.feedback.findMany({ where: { participantId: keep.id } })).map((f) => [f.eventId, f]));
    for (const fb of await tx.feedback.findMany({ where: { participantId: dup.id } })) {
      const mine = keepFeedback.get(fb.eventId);
      if (mine && !newerFeedback(fb, mine)) {
        await tx.feedback.delete({ where: { id: fb.id } });
        continue;
      }
      if (mine) {
        await tx.feedback.delete({ where: { id: mine.id } });
        moved.feedbackReplaced++;
      } else moved.feedback++;
      // updatedAt is the feedback's date, not the merge's
      await tx.feedback.update({ where: { id: fb.id }, data: { participantId: keep.id, updatedAt: fb.updatedAt } });
    }

    await tx.participant.delete({ where: { id: dup.id } });
    const kept = await tx.participant.update({
      where: { id: keep.id },
      data: {
        email: keep.email ?? dup.email,
        phone: keep.phone ?? dup.phone,
        organization: keep.organization ?? dup.organization,
        position: keep.position ?? dup.position,
        userId: keep.userId ?? dup.userId,
        consentAt: keep.consentAt ?? dup.consentAt,
        consentVersion: keep.consentAt ? keep.consentVersion : dup.consentVersion,
      },
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "delete",
      entity: "Participant",
      entityId: dup.id,
      before: { code: dup.code, fullName: dup.fullName, email: dup.email, mergedInto: keep.id },
    });
    await writeAudit(tx, {
      actorId: me.id,
      action: "update",
      entity: "Participant",
      entityId: keep.id,
      after: { mergedFrom: dup.id, mergedCode: dup.code, ...moved },
    });
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: [keep.id, dup.id], action: "merge" });
    return { kept, removedId: dup.id, ...moved };
  });
}
