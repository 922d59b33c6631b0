"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { mergeParticipants } from "@/lib/participants/merge-participants";
import { updateParticipant } from "@/lib/participants/update-participant";
import { mergeSchema, participantSchema } from "@/lib/participants/schemas";
import { anonymizeParticipant } from "@/lib/personal-data/anonymize-participant";
import { z } from "@/lib/infra/validation/zod";

export const updateParticipantAction = formAction(participantSchema, async (input, { user }) => {
  await updateParticipant(db, user, input);
  revalidatePath(`/participants/${input.id}`);
  return { ok: true, message: "Карточка участника сохранена" };
});

export const mergeParticipantsAction = formAction(mergeSchema, async (input, { user }) => {
  const result = await mergeParticipants(db, user, input);
  revalidatePath("/participants");
  redirect(`/participants/${result.kept.id}?merged=1`);
});

export const anonymizeParticipantAction = formAction(z.object({ id: z.string().min(1) }), async ({ id }, { user }) => {
  await anonymizeParticipant(db, user, id);
  revalidatePath(`/participants/${id}`);
  return { ok: true, message: "Данные участника обезличены" };
});
