"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { db } from "@/lib/infra/db/client";
import { deletePublication } from "@/lib/publications/delete-publication";
import { savePublication } from "@/lib/publications/save-publication";
import { saveResource } from "@/lib/publications/save-resource";
import { publicationSchema, resourceSchema } from "@/lib/publications/schemas";
import { z } from "@/lib/infra/validation/zod";

const refresh = () => {
  revalidatePath("/publications");
  revalidatePath("/publications/regions");
  revalidatePath("/dashboard");
};

export const savePublicationAction = formAction(
  publicationSchema,
  async (input, { user }) => {
    await savePublication(db, user, input);
    refresh();
    return { ok: true, message: input.id ? "Изменения сохранены" : "Публикация добавлена" };
  },
  { uniqueField: "url", uniqueMessage: "Эта публикация уже внесена: тот же ресурс, регион и ссылка" },
);

export const deletePublicationAction = formAction(z.object({ id: z.string().min(1) }), async (input, { user }) => {
  await deletePublication(db, user, input.id);
  refresh();
  return { ok: true, message: "Публикация удалена" };
});

export const saveResourceAction = formAction(
  resourceSchema,
  async (input, { user }) => {
    await saveResource(db, user, input);
    revalidatePath("/publications/resources");
    return { ok: true, message: input.id ? "Изменения сохранены" : "Ресурс добавлен" };
  },
  { uniqueField: "code", uniqueMessage: "Ресурс с таким кодом уже есть в проекте" },
);
