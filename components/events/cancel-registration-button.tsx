"use client";
// «Отменить запись» outside the event page: the same server action as the registration panel.
import { useActionState } from "react";
import { cancelAction } from "@/app/events/[id]/registration-actions";
import { initialFormState } from "@/lib/actions/form-state";

export function CancelRegistrationButton({ eventId, label }: { eventId: string; label: string }) {
  const [state, cancel, pending] = useActionState(cancelAction, initialFormState);
  return (
    <form action={cancel}>
      <input type="hidden" name="eventId" value={eventId} />
      <button className="btn-secondary py-1" disabled={pending}>
        {label}
      </button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-1 text-sm ${state.ok ? "text-ok" : "text-bad"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
