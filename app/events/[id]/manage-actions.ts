"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { cancelEvent } from "@/lib/events/cancel-event";
import { copyEvent } from "@/lib/events/copy-event";
import { createEventSeries } from "@/lib/events/create-event-series";
import { withConflictWarnings } from "@/lib/infra/http/with-conflict-warnings";
import { markEventHeld } from "@/lib/events/mark-event-held";
import { publishEvent } from "@/lib/events/publish-event";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import {
  cancelEventSchema,
  copyEventSchema,
  eventSeriesSchema,
  markEventHeldSchema,
  publishEventSchema,
} from "@/lib/events/schemas";

export const publishEventAction = formAction(publishEventSchema, async ({ id }, { user }) => {
  await publishEvent(db, user, id);
  revalidatePath(`/events/${id}`);
  revalidatePath("/events");
  return { ok: true, message: "Мероприятие опубликовано: участники видят его и могут записаться" };
});

export const cancelEventAction = formAction(cancelEventSchema, async (input, { user }) => {
  await cancelEvent(db, user, input);
  deliverOutboxSoon(db);
  revalidatePath(`/events/${input.id}`);
  return { ok: true, message: "Мероприятие отменено" };
});

export const markEventHeldAction = formAction(markEventHeldSchema, async ({ id }, { user }) => {
  await markEventHeld(db, user, id);
  deliverOutboxSoon(db);
  revalidatePath(`/events/${id}`);
  return { ok: true, message: "Мероприятие отмечено как проведённое" };
});

export const copyEventAction = formAction(copyEventSchema, async (input, { user }) => {
  let id = "";
  const state = await withConflictWarnings(async () => {
    id = (await copyEvent(db, user, input)).id;
    return { ok: true };
  });
  if (!state.ok) return state;
  revalidatePath("/events");
  redirect(`/events/${id}`);
});

export const eventSeriesAction = formAction(eventSeriesSchema, async (input, { user }) =>
  withConflictWarnings(async () => {
    const created = await createEventSeries(db, user, input);
    revalidatePath("/events");
    return { ok: true, message: `Создано мероприятий: ${created.length}` };
  }),
);
