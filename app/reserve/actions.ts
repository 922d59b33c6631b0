"use server";
// Server actions of the reserve: parse with the form's zod schema, call the domain (it checks the
// permission and region scope), revalidate the pages that show the change.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/actions/form-action";
import { z } from "@/lib/validation/zod";
import { filesFromForm } from "@/lib/files/files-from-form";
import {
  assessmentSchema,
  cancelItemSchema,
  conclusionSchema,
  editPlanItemSchema,
  selfNominationSchema,
  commentItemSchema,
  competencySchema,
  completeItemSchema,
  diagnosticSchema,
  mentorSchema,
  nominateSchema,
  planItemSchema,
  planReportSchema,
  planSchema,
  reserveSchema,
  transitionSchema,
} from "@/lib/reserve/schemas";
import { saveReserve } from "@/lib/reserve/save-reserve";
import { nominateCandidate } from "@/lib/reserve/nominate-candidate";
import { transitionCandidate } from "@/lib/reserve/transition-candidate";
import { assignMentor } from "@/lib/reserve/assign-mentor";
import { addDiagnostic } from "@/lib/reserve/add-diagnostic";
import { saveCompetency } from "@/lib/reserve/competencies/save-competency";
import { assessCompetency } from "@/lib/reserve/competencies/assess-competency";
import { createPlan } from "@/lib/reserve/plans/create-plan";
import { addPlanItem } from "@/lib/reserve/plans/add-plan-item";
import { completePlanItem } from "@/lib/reserve/plans/complete-plan-item";
import { commentPlanItem } from "@/lib/reserve/plans/comment-plan-item";
import { registerFromPlan } from "@/lib/reserve/plans/register-from-plan";
import { submitPlanReport } from "@/lib/reserve/plans/submit-plan-report";
import { editPlanItem } from "@/lib/reserve/plans/edit-plan-item";
import { cancelPlanItem } from "@/lib/reserve/plans/cancel-plan-item";
import { concludePlanReport } from "@/lib/reserve/plans/conclude-plan-report";
import { nominateSelf } from "@/lib/reserve/nominate-self";
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

export const saveReserveAction = formAction(
  reserveSchema,
  async (input, { user }) => {
    const reserve = await saveReserve(db, user, input);
    revalidatePath("/reserve");
    if (!input.id) redirect(`/reserve/${reserve.id}`);
    return { ok: true, message: "Резерв сохранён" };
  },
  { uniqueField: "code", uniqueMessage: "Резерв с таким кодом уже есть" },
);

export const nominateAction = formAction(nominateSchema, async (input, { user }) => {
  const candidate = await nominateCandidate(db, user, input);
  redirect(`/reserve/candidates/${candidate.id}`);
});

export const transitionAction = formAction(transitionSchema, async (input, { user }) => {
  await transitionCandidate(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  return { ok: true, message: "Статус кандидата изменён" };
});

export const assignMentorAction = formAction(mentorSchema, async (input, { user }) => {
  await assignMentor(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  return { ok: true, message: "Наставник назначен" };
});

export const addDiagnosticAction = formAction(diagnosticSchema, async (input, { user, formData }) => {
  await addDiagnostic(db, user, { ...input, files: filesFromForm(formData, "files") });
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  return { ok: true, message: "Результат диагностики записан" };
});

export const saveCompetencyAction = formAction(
  competencySchema,
  async (input, { user }) => {
    await saveCompetency(db, user, input);
    revalidatePath("/reserve/competencies");
    return { ok: true, message: "Компетенция сохранена" };
  },
  { uniqueField: "name", uniqueMessage: "Такая компетенция уже есть" },
);

export const assessAction = formAction(assessmentSchema, async (input, { user }) => {
  await assessCompetency(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Оценка сохранена" };
});

export const createPlanAction = formAction(planSchema, async (input, { user }) => {
  await createPlan(db, user, input);
  revalidatePath(`/reserve/candidates/${input.candidateId}`);
  return { ok: true, message: "План развития создан" };
});

export const addPlanItemAction = formAction(planItemSchema, async (input, { user }) => {
  await addPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт добавлен в план" };
});

export const completePlanItemAction = formAction(completeItemSchema, async (input, { user, formData }) => {
  await completePlanItem(db, user, { ...input, files: filesFromForm(formData, "files") });
  revalidatePath("/my/reserve");
  return { ok: true, message: "Пункт отмечен выполненным" };
});

export const commentPlanItemAction = formAction(commentItemSchema, async (input, { user }) => {
  await commentPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Комментарий сохранён" };
});

export const registerFromPlanAction = formAction(idSchema, async ({ id }, { user }) => {
  const { registration } = await registerFromPlan(db, user, id);
  revalidatePath("/my/reserve");
  const words = { registered: "Вы записаны", waitlisted: "Вы в листе ожидания", pending: "Заявка отправлена" } as const;
  return { ok: true, message: words[registration.status as keyof typeof words] ?? "Готово" };
});

export const submitPlanReportAction = formAction(planReportSchema, async (input, { user }) => {
  await submitPlanReport(db, user, input);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Отчёт отправлен" };
});

export const editPlanItemAction = formAction(editPlanItemSchema, async (input, { user }) => {
  await editPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт плана изменён" };
});

export const cancelPlanItemAction = formAction(cancelItemSchema, async (input, { user }) => {
  await cancelPlanItem(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Пункт плана отменён" };
});

export const concludePlanReportAction = formAction(conclusionSchema, async (input, { user }) => {
  await concludePlanReport(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Заключение сохранено" };
});

export const nominateSelfAction = formAction(selfNominationSchema, async (input, { user }) => {
  await nominateSelf(db, user, input);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Заявка на включение в резерв подана" };
});

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
