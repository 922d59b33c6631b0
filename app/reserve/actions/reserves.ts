"use server";
// Server actions of the reserve — Резервы: creating and editing a reserve.
// Each parses with the form's zod schema, calls the domain (it checks the permission and region scope)
// and revalidates the pages that show the change.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { reserveSchema } from "@/lib/reserve/schemas";
import { saveReserve } from "@/lib/reserve/save-reserve";

export const saveReserveAction = formAction(
  reserveSchema,
  async (input, { user }) => {
    const reserve = await saveReserve(db, user, input);
    revalidatePath("/reserve");
    if (!input.id) redirect(`/reserve/${reserve.id}`);
    return { ok: true, message: "Резерв сохранён" };
  },
  { uniqueField: "code", uniqueMessage: "Резерв с таким кодом уже есть" },
);
