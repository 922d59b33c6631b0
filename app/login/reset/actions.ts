"use server";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/http/form-action";
import { resetPasswordWithToken } from "@/lib/auth/passwords/reset-password-with-token";
import { resetPasswordWithTokenSchema } from "@/lib/auth/passwords/schemas";
import { db } from "@/lib/db/client";

export const resetPasswordWithTokenAction = formAction(resetPasswordWithTokenSchema, async (input) => {
  await resetPasswordWithToken(db, input);
  redirect("/login?reset=1");
});
