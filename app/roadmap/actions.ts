"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { db } from "@/lib/infra/db/client";
import { saveMilestone } from "@/lib/roadmap/save-milestone";
import { milestoneIdSchema, milestoneSchema } from "@/lib/roadmap/schemas";
import { deleteMilestone } from "@/lib/roadmap/delete-milestone";

export const saveMilestoneAction = formAction(milestoneSchema, async (input, { user }) => {
  await saveMilestone(db, user, input);
  revalidatePath("/roadmap");
  return { ok: true, message: input.id ? "Веха изменена" : "Веха добавлена" };
});

export const deleteMilestoneAction = formAction(milestoneIdSchema, async (input, { user }) => {
  await deleteMilestone(db, user, input);
  revalidatePath("/roadmap");
  return { ok: true, message: "Веха удалена" };
});
