"use client";
// The registrants of an event: attendance checkboxes saved together («Сохранить отметки»), a per-row
// «Перевести из листа ожидания», and «Подтвердить» / «Отклонить» for applications. Each row action has
// its own small form after the table (a form can't nest in the attendance form), which the row's button
// (and the decline reason) join with the `form` attribute. Not a button `formAction`: React leaves the
// button's name/value out of the FormData it gives a function action, so the row id would be lost.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { initialFormState, type FormState } from "@/lib/infra/http/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type RegistrantView = {
  id: string;
  fullName: string;
  category: string;
  region: string;
  organization: string | null;
  status: "pending" | "registered" | "waitlisted" | "cancelled" | "declined";
  statusName: string;
  declineReason: string | null;
  position: number | null;
  attended: boolean;
};

type Props = {
  eventId: string;
  rows: RegistrantView[];
  /** Attendance can be marked (the event has started and is not cancelled). */
  attendanceOpen: boolean;
  attendanceNote?: string;
  /** Seats are left (capacity not reached, or no capacity). */
  seatsFree: boolean;
  saveAction: Action;
  promoteAction: Action;
  approveAction: Action;
  declineAction: Action;
};

export function RegistrantsTable(props: Props) {
  const { eventId, rows, attendanceOpen, attendanceNote, seatsFree } = props;
  const [saveState, save, saving] = useActionState(props.saveAction, initialFormState);
  const [promoteState, promote, promoting] = useActionState(props.promoteAction, initialFormState);
  const [approveState, approve, approving] = useActionState(props.approveAction, initialFormState);
  const [declineState, decline, declining] = useActionState(props.declineAction, initialFormState);
  const hasRegistered = rows.some((r) => r.status === "registered");
  const pendingRows = rows.filter((r) => r.status === "pending");
  // the reason error belongs to the row whose decline was sent last
  const declineError = (id: string) =>
    declineState.values?.registrationId === id ? declineState.fieldErrors?.reason?.[0] : undefined;
  return (
    <>
      <form action={save}>
        <input type="hidden" name="eventId" value={eventId} />
        <FormMessage ok={approveState.ok} message={approveState.message} />
        <FormMessage ok={declineState.ok} message={declineState.message} />
        <FormMessage ok={promoteState.ok} message={promoteState.message} />
        <FormMessage ok={saveState.ok} message={saveState.message} />
        {!attendanceOpen && attendanceNote && <p className="mb-3 text-ink-muted">{attendanceNote}</p>}
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">ФИО</th>
                <th scope="col">Категория</th>
                <th scope="col">Регион</th>
                <th scope="col">Организация</th>
                <th scope="col">Статус</th>
                <th scope="col">Место в очереди</th>
                <th scope="col">Присутствовал(а)</th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                // the key includes the mark, so a saved page shows the stored state again
                <tr key={`${r.id}-${r.attended}`}>
                  <td>{r.fullName}</td>
                  <td>{r.category}</td>
                  <td>{r.region}</td>
                  <td>{r.organization ?? "—"}</td>
                  <td>
                    {r.statusName}
                    {r.status === "declined" && r.declineReason ? `: ${r.declineReason}` : ""}
                  </td>
                  <td>{r.position ?? "—"}</td>
                  <td>
                    {r.status === "registered" ? (
                      <>
                        <input type="hidden" name="shown" value={r.id} />
                        <input
                          type="checkbox"
                          id={`attended-${r.id}`}
                          name="attended"
                          value={r.id}
                          defaultChecked={r.attended}
                          disabled={!attendanceOpen}
                          className="h-5 w-5"
                        />
                        <label htmlFor={`attended-${r.id}`} className="sr-only">
                          Присутствовал(а): {r.fullName}
                        </label>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    {r.status === "pending" && (
                      <div className="flex flex-col gap-2">
                        <button
                          type="submit"
                          form={`approve-${r.id}`}
                          className="btn-secondary"
                          disabled={approving}
                          aria-label={`Подтвердить заявку: ${r.fullName}`}
                        >
                          Подтвердить
                        </button>
                        <details>
                          <summary className="cursor-pointer">Отклонить…</summary>
                          <label htmlFor={`reason-${r.id}`} className="label mt-2">
                            Причина отказа (её получит участник)
                          </label>
                          <textarea
                            id={`reason-${r.id}`}
                            form={`decline-${r.id}`}
                            name="reason"
                            rows={2}
                            className="input"
                            aria-invalid={declineError(r.id) ? true : undefined}
                            aria-describedby={declineError(r.id) ? `reason-${r.id}-error` : undefined}
                            defaultValue={
                              declineState.values?.registrationId === r.id ? String(declineState.values.reason ?? "") : ""
                            }
                          />
                          {declineError(r.id) && (
                            <p id={`reason-${r.id}-error`} className="field-error">
                              {declineError(r.id)}
                            </p>
                          )}
                          <button
                            type="submit"
                            form={`decline-${r.id}`}
                            className="btn-secondary mt-2"
                            disabled={declining}
                            aria-label={`Отклонить заявку: ${r.fullName}`}
                          >
                            Отклонить заявку
                          </button>
                        </details>
                      </div>
                    )}
                    {r.status === "waitlisted" && (
                      <button
                        type="submit"
                        form={`promote-${r.id}`}
                        className="btn-secondary"
                        disabled={promoting || !seatsFree}
                        aria-label={`Перевести из листа ожидания: ${r.fullName}`}
                        title={seatsFree ? undefined : "Свободных мест нет"}
                      >
                        Перевести из листа ожидания
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hasRegistered && (
          <button type="submit" className="btn mt-4" disabled={saving || !attendanceOpen}>
            Сохранить отметки
          </button>
        )}
      </form>
      {pendingRows.map((r) => (
        <RowForm key={`approve-${r.id}`} id={`approve-${r.id}`} action={approve} eventId={eventId} registrationId={r.id} />
      ))}
      {pendingRows.map((r) => (
        <RowForm key={`decline-${r.id}`} id={`decline-${r.id}`} action={decline} eventId={eventId} registrationId={r.id} />
      ))}
      {rows
        .filter((r) => r.status === "waitlisted")
        .map((r) => (
          <RowForm key={`promote-${r.id}`} id={`promote-${r.id}`} action={promote} eventId={eventId} registrationId={r.id} />
        ))}
    </>
  );
}

/** A row action's form: only the ids; its button and fields sit in the table row (`form` attribute). */
function RowForm(props: { id: string; action: (formData: FormData) => void; eventId: string; registrationId: string }) {
  return (
    <form id={props.id} action={props.action} hidden>
      <input type="hidden" name="eventId" value={props.eventId} />
      <input type="hidden" name="registrationId" value={props.registrationId} />
    </form>
  );
}
