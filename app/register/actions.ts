"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { signIn } from "@/lib/auth/auth";
import { formAction } from "@/lib/infra/http/form-action";
import { registerParticipant } from "@/lib/accounts/register-participant";
import { registrationSchema } from "@/lib/accounts/schemas";

export const registerAction = formAction(registrationSchema, async (input) => {
  await registerParticipant(db, input);
  await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  redirect("/");
});
