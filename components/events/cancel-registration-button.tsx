"use client";
// «Отменить запись» outside the event page: the same server action as the registration panel.
import { ActionButton } from "@/components/forms/action-button";
import { cancelAction } from "@/app/events/[id]/registration-actions";

export function CancelRegistrationButton({ eventId, label }: { eventId: string; label: string }) {
  return <ActionButton action={cancelAction} fields={{ eventId }} label={label} />;
}
