// Наставническая пара: an expert of the project becomes the candidate's mentor; the previous pair ends the
// day before, so the history of mentors stays.
import "server-only";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { managedCandidateScope } from "../auth/policy/managed-candidate-scope";
import type { MentorInput } from "./schemas";
import { refuse } from "../auth/policy/refuse";

export async function assignMentor(db: Db, actor: SessionUser | null, input: MentorInput) {
  const scope = managedCandidateScope(actor);
  return db.$transaction(async (tx) => {
    const candidate = await tx.reserveCandidate.findFirst({
      where: { id: input.candidateId, ...scope },
      include: { reserve: true },
    });
    if (!candidate) throw refuse(actor, "reserve.manage", "Кандидат не найден");
    const expert = await tx.expert.findFirst({ where: { projectId: candidate.reserve.projectId, code: input.expertCode } });
    if (!expert) throw new AppError("VALIDATION", "Проверьте поля формы", { expertCode: ["Эксперт с таким кодом не найден"] });
    const dayBefore = new Date(input.startedOn.getTime() - 86_400_000);
    await tx.mentorPair.updateMany({ where: { candidateId: candidate.id, endedOn: null }, data: { endedOn: dayBefore } });
    const pair = await tx.mentorPair.create({
      data: { candidateId: candidate.id, expertId: expert.id, goals: input.goals, startedOn: input.startedOn },
    });
    await writeAudit(tx, { actorId: actor!.id, action: "create", entity: "MentorPair", entityId: pair.id, after: pair });
    return pair;
  });
}
