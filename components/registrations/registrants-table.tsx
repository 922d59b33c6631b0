"use client";
// The registrants of an event: attendance checkboxes saved together («Сохранить отметки»), and a
// per-row «Перевести из листа ожидания». One form; the promote buttons submit it to their own action.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type RegistrantView = {
  id: string;
  fullName: string;
  category: string;
  region: string;
  organization: string | null;
  status: "registered" | "waitlisted" | "cancelled";
  statusName: string;
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
};

export function RegistrantsTable({ eventId, rows, attendanceOpen, attendanceNote, seatsFree, saveAction, promoteAction }: Props) {
  const [saveState, save, saving] = useActionState(saveAction, initialFormState);
  const [promoteState, promote, promoting] = useActionState(promoteAction, initialFormState);
  const hasRegistered = rows.some((r) => r.status === "registered");
  return (
    <form action={save}>
      <input type="hidden" name="eventId" value={eventId} />
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
                <td>{r.statusName}</td>
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
                  {r.status === "waitlisted" && (
                    <button
                      type="submit"
                      formAction={promote}
                      name="registrationId"
                      value={r.id}
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
  );
}
