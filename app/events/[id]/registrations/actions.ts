"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { markAttendanceByList } from "@/lib/registrations/mark-attendance";
import { promoteFromWaitlist } from "@/lib/registrations/promote-from-waitlist";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { decideApplication } from "@/lib/registrations/decide-application";
import {
  approveApplicationSchema,
  attendanceListSchema,
  declineApplicationSchema,
  promoteSchema,
} from "@/lib/registrations/schemas";

export const saveAttendanceAction = formAction(attendanceListSchema, async ({ eventId, attended, shown }, { user }) => {
  const result = await markAttendanceByList(db, user, { eventId, attendedIds: attended, scopeIds: shown });
  deliverOutboxSoon(db);
  revalidatePath(`/events/${eventId}/registrations`);
  const changed = result.marked + result.unmarked;
  return {
    ok: true,
    message: changed ? `Отметки сохранены: изменено ${changed}, присутствовали ${result.attended}` : "Отметки не изменились",
  };
});

export const promoteAction = formAction(promoteSchema, async ({ eventId, registrationId }, { user }) => {
  await promoteFromWaitlist(db, user, registrationId);
  deliverOutboxSoon(db);
  revalidatePath(`/events/${eventId}/registrations`);
  revalidatePath(`/events/${eventId}`);
  return { ok: true, message: "Участник переведён из листа ожидания в записанные" };
});

export const approveApplicationAction = formAction(approveApplicationSchema, async ({ eventId, registrationId }, { user }) => {
  const { registration, position } = await decideApplication(db, user, registrationId, { decision: "approve" });
  deliverOutboxSoon(db);
  revalidatePath(`/events/${eventId}/registrations`);
  revalidatePath(`/events/${eventId}`);
  return {
    ok: true,
    message:
      registration.status === "registered"
        ? "Заявка подтверждена: участник записан"
        : `Заявка подтверждена, но мест нет: участник в листе ожидания, место ${position}`,
  };
});

export const declineApplicationAction = formAction(
  declineApplicationSchema,
  async ({ eventId, registrationId, reason }, { user }) => {
    await decideApplication(db, user, registrationId, { decision: "decline", reason });
    deliverOutboxSoon(db);
    revalidatePath(`/events/${eventId}/registrations`);
    return { ok: true, message: "Заявка отклонена, участнику отправлено письмо с причиной" };
  },
);
