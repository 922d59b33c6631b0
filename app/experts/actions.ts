"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/infra/http/form-action";
import { db } from "@/lib/infra/db/client";
import { saveExpert } from "@/lib/experts/save-expert";
import { expertSchema } from "@/lib/experts/schemas";

export const saveExpertAction = formAction(
  expertSchema,
  async (input, { user }) => {
    const expert = await saveExpert(db, user, input);
    revalidatePath("/experts");
    if (!input.id) redirect(`/experts/${expert.id}?created=1`);
    revalidatePath(`/experts/${expert.id}`);
    return { ok: true, message: "Изменения сохранены" };
  },
  { uniqueField: "code", uniqueMessage: "Эксперт с таким кодом уже есть в проекте" },
);
