"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/actions/form-action";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerForEvent } from "@/lib/registrations/register-for-event";
import { z } from "@/lib/validation/zod";

const eventIdSchema = z.object({ eventId: z.string().min(1) });

export const registerAction = formAction(eventIdSchema, async ({ eventId }, { user }) => {
  const { registration, position } = await registerForEvent(db, user, eventId);
  revalidatePath(`/events/${eventId}`);
  return {
    ok: true,
    message: registration.status === "registered" ? "Вы записаны на мероприятие" : `Мест нет: вы в листе ожидания, место в очереди — ${position}`,
  };
});

export const cancelAction = formAction(eventIdSchema, async ({ eventId }, { user }) => {
  await cancelRegistration(db, user, eventId);
  revalidatePath(`/events/${eventId}`);
  revalidatePath("/my/events");
  return { ok: true, message: "Запись отменена" };
});
