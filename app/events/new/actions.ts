"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { AppError, formAction } from "@/lib/infra/http/form-action";
import { createEvent } from "@/lib/events/create-event";
import { withConflictWarnings } from "@/lib/infra/http/with-conflict-warnings";
import { createEventSchema } from "@/lib/events/schemas";
import { getCurrentProject } from "@/lib/projects/current-project";

export const createEventAction = formAction(createEventSchema, async (input, { user }) => {
  const project = await getCurrentProject(db);
  if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
  let id = "";
  const state = await withConflictWarnings(async () => {
    id = (await createEvent(db, user, { ...input, projectId: project.id })).id;
    return { ok: true };
  });
  if (!state.ok) return state;
  revalidatePath("/events");
  redirect(`/events/${id}`);
});
