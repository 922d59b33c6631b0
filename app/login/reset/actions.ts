"use server";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/infra/http/form-action";
import { resetPasswordWithToken } from "@/lib/auth/passwords/reset-password-with-token";
import { resetPasswordWithTokenSchema } from "@/lib/auth/passwords/schemas";
import { db } from "@/lib/infra/db/client";

export const resetPasswordWithTokenAction = formAction(resetPasswordWithTokenSchema, async (input) => {
  await resetPasswordWithToken(db, input);
  redirect("/login?reset=1");
});
