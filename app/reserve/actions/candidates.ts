"use server";
// Server actions of the reserve — Кандидаты: nomination (by an organizer or oneself), status changes, the mentor, diagnostics.
// Each parses with the form's zod schema, calls the domain (it checks the permission and region scope)
// and revalidates the pages that show the change.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { filesFromForm } from "@/lib/files/files-from-form";
import { selfNominationSchema, diagnosticSchema, mentorSchema, nominateSchema, transitionSchema } from "@/lib/reserve/schemas";
import { nominateCandidate } from "@/lib/reserve/nominate-candidate";
import { transitionCandidate } from "@/lib/reserve/transition-candidate";
import { assignMentor } from "@/lib/reserve/assign-mentor";
import { addDiagnostic } from "@/lib/reserve/add-diagnostic";
import { nominateSelf } from "@/lib/reserve/nominate-self";

export const nominateAction = formAction(nominateSchema, async (input, { user }) => {
  const candidate = await nominateCandidate(db, user, input);
  redirect(`/reserve/candidates/${candidate.id}`);
});

export const nominateSelfAction = formAction(selfNominationSchema, async (input, { user }) => {
  await nominateSelf(db, user, input);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Заявка на включение в резерв подана" };
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
