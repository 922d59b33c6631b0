// Матрица компетенций: the administrator edits the project's framework (area, name, 4 or 5 level descriptors).
// A competency with assessments keeps its number of levels, so old levels stay meaningful.
import "server-only";
import type { Db } from "../../infra/db/client";
import { authorize, type SessionUser } from "../../auth/permissions";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import type { CompetencyInput } from "../schemas";

export async function saveCompetency(db: Db, actor: SessionUser | null, input: CompetencyInput) {
  const me = authorize(actor, "competency.manage");
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = id ? await tx.competency.findFirst({ where: { id, projectId: input.projectId } }) : null;
    if (id && !before) throw new AppError("NOT_FOUND", "Компетенция не найдена");
    if (
      before &&
      before.levels.length !== data.levels.length &&
      (await tx.competencyAssessment.count({ where: { competencyId: before.id } }))
    ) {
      throw new AppError("VALIDATION", "Проверьте поля формы", {
        levels: ["По компетенции уже есть оценки: число уровней менять нельзя"],
      });
    }
    const competency = before
      ? await tx.competency.update({ where: { id: before.id }, data })
      : await tx.competency.create({ data });
    await writeAudit(tx, {
      actorId: me.id,
      action: before ? "update" : "create",
      entity: "Competency",
      entityId: competency.id,
      before: before ?? undefined,
      after: competency,
    });
    return competency;
  });
}
