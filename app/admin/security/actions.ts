"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { revokeSessionsByAdmin } from "@/lib/auth/sessions/revoke-sessions-by-admin";
import { resetSecondFactor } from "@/lib/auth/two-factor/reset-second-factor";
import { updateSecurityPolicy } from "@/lib/auth/update-security-policy";
import { securityPolicySchema } from "@/lib/auth/passwords/schemas";
import { db } from "@/lib/infra/db/client";
import { z } from "@/lib/infra/validation/zod";

export const updateSecurityPolicyAction = formAction(securityPolicySchema, async (input, { user }) => {
  await updateSecurityPolicy(db, user, { requireTotpForStaff: input.requireTotpForStaff === "yes" });
  revalidatePath("/admin/security");
  return { ok: true, message: "Политика сохранена" };
});

const userId = z.object({ id: z.string().min(1).max(100) });

export const resetSecondFactorAction = formAction(userId, async (input, { user }) => {
  await resetSecondFactor(db, user, input);
  revalidatePath(`/admin/users/${input.id}`);
  return { ok: true, message: "Второй фактор сброшен, сеансы пользователя завершены" };
});

export const revokeSessionsAction = formAction(userId, async (input, { user }) => {
  const ended = await revokeSessionsByAdmin(db, user, input);
  revalidatePath(`/admin/users/${input.id}`);
  return { ok: true, message: `Завершено сеансов: ${ended}` };
});
