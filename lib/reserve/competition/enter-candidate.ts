// Участник конкурса: a candidate of the competition's reserve who is still under consideration or a member.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCompetition } from "./managed-competition";
import { refuse } from "../../auth/policy/refuse";

export async function enterCandidate(db: Db, actor: SessionUser | null, input: { competitionId: string; candidateId: string }) {
  const scope = managedCompetition(actor);
  return db.$transaction(async (tx) => {
    const competition = await tx.competition.findFirst({ where: { id: input.competitionId, ...scope } });
    if (!competition) throw refuse(actor, "competition.manage", "Конкурс не найден");
    if (competition.closedAt) throw new AppError("CONFLICT", "Конкурс завершён");
    const candidate = await tx.reserveCandidate.findFirst({
      where: { id: input.candidateId, reserveId: competition.reserveId, status: { notIn: ["appointed", "excluded"] } },
    });
    if (!candidate)
      throw new AppError("VALIDATION", "Проверьте поля формы", { candidateId: ["Кандидат не найден в этом резерве"] });
    const entry = await tx.competitionEntry.create({ data: input });
    await writeAudit(tx, { actorId: actor!.id, action: "create", entity: "CompetitionEntry", entityId: entry.id, after: entry });
    return entry;
  });
}
