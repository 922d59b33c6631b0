"use client";
// Импорт участников: the file, «записать только верные строки», check or write; then the per-row errors
// and a preview of the rows.
import { startTransition, useActionState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { PREVIEW_ERRORS, PREVIEW_ROWS, type ImportState } from "@/lib/participants/import-state";

export function ParticipantImportForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const [state, dispatch, pending] = useActionState(action, { ok: false });
  // not <form action>: React resets such a form after the action, and the chosen file would be gone
  // between «Проверить» and «Записать»; the pressed button goes along as the submitter (mode)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  return (
    <>
      <form onSubmit={onSubmit} className="card mb-6 max-w-2xl">
        <label htmlFor="file" className="label">
          Файл участников (.csv или .xlsx)
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          className="input mb-2"
          aria-describedby="file-hint"
        />
        <p id="file-hint" className="mb-4 text-sm text-ink-muted">
          Первая строка — заголовки: Код, ФИО, E-mail, Телефон, Организация, Должность, Категория, Регион (обязательны ФИО,
          Категория, Регион). Строка с известным кодом изменяет участника, без кода или с новым кодом — добавляет. CSV:
          разделитель «;» или «,», кодировка UTF-8.
        </p>
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" name="validOnly" /> записать только верные строки
        </label>
        <div className="flex gap-3">
          <button className="btn-secondary" name="mode" value="preview" disabled={pending}>
            Проверить
          </button>
          <button className="btn" name="mode" value="write" disabled={pending}>
            {pending ? "Обработка…" : "Записать"}
          </button>
        </div>
      </form>
      <FormMessage ok={state.ok} message={state.message} />
      {state.errors && state.errors.length > 0 && (
        <div className="mb-6 overflow-x-auto">
          <table className="table">
            <caption className="mb-2 text-left font-semibold">
              Ошибки в строках: {state.invalidCount}
              {state.errors.length >= PREVIEW_ERRORS ? ` (показаны первые ${PREVIEW_ERRORS})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Строка</th>
                <th scope="col">Столбец</th>
                <th scope="col">Ошибка</th>
              </tr>
            </thead>
            <tbody>
              {state.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.rows && state.rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="mb-2 text-left font-semibold">
              Предпросмотр: {state.rowCount} строк
              {(state.rowCount ?? 0) > PREVIEW_ROWS ? ` (показаны первые ${PREVIEW_ROWS})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Строка</th>
                <th scope="col">Действие</th>
                <th scope="col">Код</th>
                <th scope="col">ФИО</th>
                <th scope="col">E-mail</th>
                <th scope="col">Организация</th>
                <th scope="col">Категория</th>
                <th scope="col">Регион</th>
                <th scope="col">Проверка</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.action === "update" ? "изменение" : "новый"}</td>
                  <td>{r.code}</td>
                  <td>{r.fullName}</td>
                  <td>{r.email ?? "—"}</td>
                  <td>{r.organization ?? "—"}</td>
                  <td>{r.categoryName}</td>
                  <td>{r.regionName}</td>
                  <td className={r.errors.length ? "text-bad" : "text-ok"}>
                    {r.errors.length ? r.errors.map((e) => `${e.column}: ${e.message}`).join("; ") : "верно"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
