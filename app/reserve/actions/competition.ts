"use server";
// Server actions of the reserve — Конкурсы: stages, criteria, entries, the jury and its scores.
// Each parses with the form's zod schema, calls the domain (it checks the permission and region scope)
// and revalidates the pages that show the change.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { z } from "@/lib/infra/validation/zod";
import {
  competitionSchema,
  conflictSchema,
  criterionSchema,
  entrySchema,
  jurorSchema,
  scoreSchema,
  stageSchema,
} from "@/lib/reserve/competition/schemas";
import { createCompetition } from "@/lib/reserve/competition/create-competition";
import { addStage } from "@/lib/reserve/competition/add-stage";
import { addCriterion } from "@/lib/reserve/competition/add-criterion";
import { enterCandidate } from "@/lib/reserve/competition/enter-candidate";
import { assignJuror } from "@/lib/reserve/competition/assign-juror";
import { recordConflict } from "@/lib/reserve/competition/record-conflict";
import { scoreEntry } from "@/lib/reserve/competition/score-entry";
import { closeStage } from "@/lib/reserve/competition/close-stage";

const idSchema = z.object({ id: z.string().min(1) });

export const createCompetitionAction = formAction(competitionSchema, async (input, { user }) => {
  const competition = await createCompetition(db, user, input);
  redirect(`/reserve/competitions/${competition.id}`);
});

export const addStageAction = formAction(stageSchema, async (input, { user }) => {
  await addStage(db, user, input);
  revalidatePath(`/reserve/competitions/${input.competitionId}`);
  return { ok: true, message: "Этап добавлен" };
});

export const addCriterionAction = formAction(criterionSchema, async (input, { user }) => {
  await addCriterion(db, user, input);
  revalidatePath("/reserve/competitions/[id]", "page");
  return { ok: true, message: "Критерий добавлен" };
});

export const enterCandidateAction = formAction(
  entrySchema,
  async (input, { user }) => {
    await enterCandidate(db, user, input);
    revalidatePath(`/reserve/competitions/${input.competitionId}`);
    return { ok: true, message: "Кандидат включён в конкурс" };
  },
  { uniqueField: "candidateId", uniqueMessage: "Кандидат уже участвует в конкурсе" },
);

export const assignJurorAction = formAction(jurorSchema, async (input, { user }) => {
  await assignJuror(db, user, input);
  revalidatePath("/reserve/competitions/[id]", "page");
  return { ok: true, message: "Член жюри назначен" };
});

export const recordConflictAction = formAction(conflictSchema, async (input, { user }) => {
  await recordConflict(db, user, input);
  revalidatePath("/reserve/jury");
  revalidatePath("/reserve/competitions/[id]", "page");
  return { ok: true, message: "Конфликт интересов записан" };
});

export const scoreEntryAction = formAction(scoreSchema, async ({ entryId, stageId, comment, ...rest }, { user }) => {
  await scoreEntry(db, user, { entryId, stageId, comment, scores: rest });
  revalidatePath("/reserve/jury");
  return { ok: true, message: "Оценки сохранены" };
});

export const closeStageAction = formAction(idSchema, async ({ id }, { user }) => {
  await closeStage(db, user, id);
  revalidatePath("/reserve/competitions/[id]", "page");
  return { ok: true, message: "Итоги этапа подведены" };
});
