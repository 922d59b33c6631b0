"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { saveConclusion } from "@/lib/conclusions/save-conclusion";
import { conclusionSchema } from "@/lib/conclusions/schemas";
import { db } from "@/lib/infra/db/client";

export const saveConclusionAction = formAction(conclusionSchema, async (input, { user }) => {
  const { created } = await saveConclusion(db, user, input);
  revalidatePath(`/events/${input.eventId}`);
  revalidatePath("/expert/profile");
  return { ok: true, message: created ? "Заключение сохранено" : "Изменения сохранены" };
});
