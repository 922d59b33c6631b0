// Член жюри for one entry: an expert of the project, by code.
import "server-only";
import type { Db } from "../../infra/db/client";
import type { SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { managedCompetition } from "./managed-competition";
import { refuse } from "../../auth/policy/refuse";

export async function assignJuror(db: Db, actor: SessionUser | null, input: { entryId: string; expertCode: string }) {
  const scope = managedCompetition(actor);
  return db.$transaction(async (tx) => {
    const entry = await tx.competitionEntry.findFirst({
      where: { id: input.entryId, competition: scope },
      include: { competition: { include: { reserve: true } } },
    });
    if (!entry) throw refuse(actor, "competition.manage", "Участник конкурса не найден");
    const expert = await tx.expert.findFirst({
      where: { projectId: entry.competition.reserve.projectId, code: input.expertCode },
    });
    if (!expert) throw new AppError("VALIDATION", "Проверьте поля формы", { expertCode: ["Эксперт с таким кодом не найден"] });
    const assignment = await tx.juryAssignment.upsert({
      where: { entryId_expertId: { entryId: entry.id, expertId: expert.id } },
      update: {},
      create: { entryId: entry.id, expertId: expert.id, competitionId: entry.competitionId },
    });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "create",
      entity: "JuryAssignment",
      entityId: `${entry.id}:${expert.id}`,
      after: assignment,
    });
    return assignment;
  });
}
