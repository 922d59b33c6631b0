"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { requestDataDeletion } from "@/lib/personal-data/request-data-deletion";
import { z } from "@/lib/infra/validation/zod";

export const requestDeletionAction = formAction(z.object({}), async (_input, { user }) => {
  const count = await requestDataDeletion(db, user);
  revalidatePath("/my/data");
  return { ok: true, message: count ? "Запрос на удаление данных отправлен администратору" : "Запрос уже отправлен" };
});
