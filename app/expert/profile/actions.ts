"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { AppError } from "@/lib/infra/errors/app-error";
import { db } from "@/lib/infra/db/client";
import { expertContactsSchema } from "@/lib/experts/schemas";
import { updateOwnExpertProfile } from "@/lib/experts/update-own-expert-profile";
import { getCurrentProject } from "@/lib/projects/current-project";

export const updateExpertProfileAction = formAction(expertContactsSchema, async (input, { user }) => {
  const project = await getCurrentProject(db);
  if (!project) throw new AppError("NOT_FOUND", "Проект ещё не создан");
  await updateOwnExpertProfile(db, user, project.id, input);
  revalidatePath("/expert/profile");
  return { ok: true, message: "Изменения сохранены" };
});
