"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { initialFormState, type FormState } from "@/lib/infra/http/form-state";

type RegistrationStatus = "pending" | "registered" | "waitlisted" | "cancelled" | "declined";
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  eventId: string;
  status: RegistrationStatus | null;
  position: number | null;
  declineReason: string | null;
  canRegister: boolean;
  /** Registration needs the organizer's approval: the button files an application. */
  requiresApproval: boolean;
  action: Action;
};

export function RegistrationPanel({ eventId, status, position, declineReason, canRegister, requiresApproval, action }: Props) {
  const [last, dispatch, pending] = useActionState(action, initialFormState);
  const active = status === "registered" || status === "waitlisted" || status === "pending";
  return (
    <section aria-labelledby="registration-title" className="card mb-4 max-w-xl">
      <h2 id="registration-title">Запись</h2>
      <FormMessage ok={last.ok} message={last.message} />
      {status === "registered" && <p className="mb-3 font-medium text-ok">Вы записаны</p>}
      {status === "waitlisted" && <p className="mb-3 font-medium text-warn">Вы в листе ожидания: место в очереди — {position}</p>}
      {status === "pending" && (
        <p className="mb-3 font-medium text-warn">
          Заявка на рассмотрении: организатор подтвердит участие или откажет, мы сообщим письмом
        </p>
      )}
      {status === "declined" ? (
        <p className="mb-3 font-medium text-bad">Заявка отклонена организатором{declineReason ? `: ${declineReason}` : ""}</p>
      ) : active ? (
        <form action={dispatch}>
          <input type="hidden" name="eventId" value={eventId} />
          <button name="intent" value="cancel" className="btn-secondary" disabled={pending}>
            {status === "pending" ? "Отозвать заявку" : "Отменить запись"}
          </button>
        </form>
      ) : canRegister ? (
        <form action={dispatch}>
          <input type="hidden" name="eventId" value={eventId} />
          <button name="intent" value="register" className="btn" disabled={pending}>
            {requiresApproval ? "Подать заявку" : "Записаться"}
          </button>
        </form>
      ) : (
        <p>Запись на это мероприятие закрыта.</p>
      )}
    </section>
  );
}
