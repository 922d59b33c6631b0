"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction, type FormState } from "@/lib/infra/http/form-action";
import type { SessionUser } from "@/lib/auth/permissions";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerForEvent } from "@/lib/registrations/register-for-event";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { z } from "@/lib/infra/validation/zod";

async function register(user: SessionUser | null, eventId: string): Promise<FormState> {
  const { registration, position } = await registerForEvent(db, user, eventId);
  deliverOutboxSoon(db);
  revalidatePath(`/events/${eventId}`);
  revalidatePath("/my/events");
  return {
    ok: true,
    message:
      registration.status === "registered"
        ? "Вы записаны на мероприятие"
        : registration.status === "pending"
          ? "Заявка подана: организатор рассмотрит её, о решении сообщим письмом"
          : `Мест нет: вы в листе ожидания, место в очереди — ${position}`,
  };
}

async function cancel(user: SessionUser | null, eventId: string): Promise<FormState> {
  const { previousStatus } = await cancelRegistration(db, user, eventId);
  deliverOutboxSoon(db);
  revalidatePath(`/events/${eventId}`);
  revalidatePath("/my/events");
  return { ok: true, message: previousStatus === "pending" ? "Заявка отозвана" : "Запись отменена" };
}

const eventIdSchema = z.object({ eventId: z.string().min(1) });

export const cancelAction = formAction(eventIdSchema, ({ eventId }, { user }) => cancel(user, eventId));

/** The event page's registration form: the pressed button names the intent, so one state shows the latest answer. */
export const changeRegistrationAction = formAction(
  eventIdSchema.extend({ intent: z.enum(["register", "cancel"]) }),
  ({ eventId, intent }, { user }) => (intent === "register" ? register(user, eventId) : cancel(user, eventId)),
);
