// История оценок результатов: each assessment with its verdict (text, not only colour), author, date and
// corrective actions.
import type { AssessmentItem } from "@/lib/assessments/list-assessments";
import { VERDICT_NAMES, type Verdict } from "@/lib/assessments/schemas";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";

const TONE: Record<Verdict, string> = { met: "text-ok", partly: "text-warn", not_met: "text-bad" };

export function AssessmentHistory({ items, timezone }: { items: AssessmentItem[]; timezone: string }) {
  if (!items.length) return <p>Оценок за этот год пока нет.</p>;
  return (
    <ol className="grid gap-3">
      {items.map((a) => (
        <li key={a.id} className="card">
          <p className="font-semibold">
            {a.quarter}-й квартал {a.year}:{" "}
            <span className={TONE[a.verdict as Verdict]}>{VERDICT_NAMES[a.verdict as Verdict]}</span>
          </p>
          <p className="text-sm text-ink-muted">
            {a.author?.fullName ?? "пользователь удалён"}, {formatDateTime(a.createdAt, timezone)}
          </p>
          <p className="mt-2 whitespace-pre-line">{a.summary}</p>
          {a.actions.length > 0 && (
            <div className="mt-2 overflow-x-auto">
              <table className="table">
                <caption className="text-left font-semibold">Корректирующие меры</caption>
                <thead>
                  <tr>
                    <th scope="col">Мера</th>
                    <th scope="col">Ответственный</th>
                    <th scope="col">Срок</th>
                  </tr>
                </thead>
                <tbody>
                  {a.actions.map((x) => (
                    <tr key={x.id}>
                      <td>{x.text}</td>
                      <td>{x.owner}</td>
                      <td className="whitespace-nowrap">{formatDate(x.dueDate, "UTC")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
