"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { db } from "@/lib/infra/db/client";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { scheduleMeetings } from "@/lib/protocols/schedule-meetings";
import { meetingSchema, protocolSchema } from "@/lib/protocols/schemas";
import { writeProtocol } from "@/lib/protocols/write-protocol";

export const scheduleMeetingsAction = formAction(meetingSchema, async (input, { user }) => {
  const ids = await scheduleMeetings(db, user, input);
  revalidatePath("/protocols");
  if (ids.length === 1) redirect(`/protocols/${ids[0]}`);
  return { ok: true, message: `Назначено совещаний: ${ids.length}` };
});

export const writeProtocolAction = formAction(protocolSchema, async (input, { user }) => {
  const created = await writeProtocol(db, user, input);
  deliverOutboxSoon(db);
  revalidatePath(`/protocols/${input.meetingId}`);
  revalidatePath("/assignments");
  const items = created.reduce((n, a) => n + a.items.length, 0);
  return { ok: true, message: `Протокол записан: поручений — ${created.length}, по регионам — ${items}` };
});
