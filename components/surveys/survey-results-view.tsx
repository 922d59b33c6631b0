// Результаты анкетирования: numbers first, then bars whose length and label carry the same number (the
// bar is decoration; the text is the data).
import type { SurveyResults } from "@/lib/surveys/get-survey-results";
import { QUESTION_KIND_NAMES } from "@/lib/surveys/schemas";
import { formatDateTime } from "@/lib/infra/time/format-date";

function Bars({ counts, caption }: { counts: Record<string, number>; caption: string }) {
  const max = Math.max(1, ...Object.values(counts));
  return (
    <table className="table mb-4 max-w-2xl">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ответ</th>
          <th scope="col">Число ответов</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts).map(([value, n]) => (
          <tr key={value}>
            <th scope="row" className="font-normal">
              {value}
            </th>
            <td>
              <div className="flex items-center gap-2">
                <span className="inline-block h-3 rounded bg-brand" style={{ width: `${(n / max) * 12}rem` }} aria-hidden />
                {n}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const zone = results.event.region.timezone;
  const percent = results.responseRate === null ? "—" : `${Math.round(results.responseRate * 100)} %`;
  return (
    <>
      <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          ["Присутствовали", results.attendees],
          ["Ответили", results.responses],
          ["Доля ответивших", percent],
          ["Средняя оценка", results.ratingMean ?? "—"],
        ].map(([label, value]) => (
          <div key={label} className="card">
            <dt className="text-sm text-ink-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>Удовлетворённость мероприятием (1–5)</h2>
      <Bars counts={results.distribution} caption="Распределение оценок удовлетворённости" />
      {results.questions.map((q) => (
        <section key={q.id} className="mb-6">
          <h3 className="font-semibold">{q.text}</h3>
          <p className="mb-2 text-sm text-ink-muted">
            {QUESTION_KIND_NAMES[q.kind]} · ответили: {q.answered}
            {q.mean !== null ? ` · среднее: ${q.mean}` : ""}
          </p>
          {q.kind === "text" ? (
            q.texts.length ? (
              <ul className="list-disc pl-6">
                {q.texts.map((text, i) => (
                  <li key={i} className="whitespace-pre-line">
                    {text}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Ответов нет.</p>
            )
          ) : (
            <Bars counts={q.counts} caption={q.text} />
          )}
        </section>
      ))}
      <h2>Комментарии</h2>
      {results.comments.items.length ? (
        <ul className="grid gap-2">
          {results.comments.items.map((c) => (
            <li key={c.id} className="card">
              <p className="whitespace-pre-line">{c.comment}</p>
              <p className="text-sm text-ink-muted">
                Оценка {c.rating} · {formatDateTime(c.updatedAt, zone)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Комментариев нет.</p>
      )}
    </>
  );
}
