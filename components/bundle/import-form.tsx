"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { ImportUploadState } from "@/lib/infra/http/import-upload-state";

const ENTITY_NAMES: Record<string, string> = {
  project: "Проект",
  regions: "Регионы",
  categories: "Категории участников",
  directions: "Направления",
  experts: "Эксперты",
  participants: "Участники",
  events: "Мероприятия",
  eventExperts: "Эксперты мероприятий",
  registrations: "Регистрации",
  feedback: "Оценки",
  informationResources: "Информационные ресурсы",
  publications: "Публикации",
};

export function ImportForm({ action }: { action: (state: ImportUploadState, formData: FormData) => Promise<ImportUploadState> }) {
  const [state, dispatch, pending] = useActionState(action, { ok: false });
  return (
    <>
      <form action={dispatch} className="card mb-6 max-w-xl">
        <label htmlFor="bundle" className="label">
          Файл пакета kadry-bundle/1 (.json)
        </label>
        <input
          id="bundle"
          name="bundle"
          type="file"
          accept="application/json,.json"
          required
          className="input mb-4"
          aria-describedby="bundle-hint"
        />
        <p id="bundle-hint" className="mb-4 text-sm text-ink-muted">
          Пакет проверяется целиком: при любой ошибке ничего не записывается, и показываются все ошибки с путями.
        </p>
        <button className="btn" disabled={pending}>
          {pending ? "Загрузка…" : "Загрузить"}
        </button>
      </form>
      <FormMessage ok={state.ok} message={state.message} />
      {state.counts && (
        <table className="table max-w-2xl">
          <caption className="mb-2 text-left font-semibold">Результат импорта</caption>
          <thead>
            <tr>
              <th scope="col">Записи</th>
              <th scope="col">В пакете</th>
              <th scope="col">Создано</th>
              <th scope="col">Изменено</th>
              <th scope="col">Без изменений</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(state.counts).map(([entity, c]) => (
              <tr key={entity}>
                <th scope="row">{ENTITY_NAMES[entity] ?? entity}</th>
                <td>{c.received}</td>
                <td>{c.created}</td>
                <td>{c.updated}</td>
                <td>{c.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.problems && state.problems.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="mb-2 text-left font-semibold">Ошибки пакета: {state.total ?? state.problems.length}</caption>
            <thead>
              <tr>
                <th scope="col">Где (путь в JSON)</th>
                <th scope="col">Ошибка</th>
              </tr>
            </thead>
            <tbody>
              {state.problems.map((p, i) => (
                <tr key={i}>
                  <td className="font-mono text-xs">{p.path}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
