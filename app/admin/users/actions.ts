"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { resetPassword } from "@/lib/users/reset-password";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/users/schemas";

export const createUserAction = formAction(createUserSchema, async (input, { user }) => {
  const created = await createUser(db, user, input);
  redirect(`/admin/users/${created.id}?created=1`);
});

export const updateUserAction = formAction(updateUserSchema, async (input, { user }) => {
  await updateUser(db, user, input);
  return { ok: true, message: "Изменения сохранены" };
});

export const resetPasswordAction = formAction(resetPasswordSchema, async (input, { user }) => {
  await resetPassword(db, user, input);
  return { ok: true, message: "Пароль изменён; сеансы пользователя завершены" };
});
