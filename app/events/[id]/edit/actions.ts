"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { updateEvent } from "@/lib/events/update-event";
import { withConflictWarnings } from "@/lib/infra/http/with-conflict-warnings";
import { updateEventSchema } from "@/lib/events/schemas";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";

export const updateEventAction = formAction(updateEventSchema, async (input, { user }) =>
  withConflictWarnings(async () => {
    const event = await updateEvent(db, user, input);
    deliverOutboxSoon(db);
    revalidatePath(`/events/${event.id}`);
    return { ok: true, message: "Изменения сохранены" };
  }),
);
