// Диаграмма-линейка дорожной карты: a bar per milestone from its start (or a week before the due date) to
// the due date, filled to its progress, against month columns; «сегодня» as a line. The text beside each
// bar says the dates, the progress and overdue, so nothing is carried by colour alone.
import type { Milestone } from "@/lib/roadmap/list-milestones";
import { formatDate } from "@/lib/infra/time/format-date";
import { MONTHS_NOMINATIVE } from "@/lib/infra/time/month-names";

const DAY = 86_400_000;

export function Gantt({ items, today }: { items: Milestone[]; today: string }) {
  if (!items.length) return null;
  const startOf = (m: Milestone) => (m.startDate ?? new Date(m.dueDate.getTime() - 7 * DAY)).getTime();
  const first = new Date(Math.min(...items.map(startOf)));
  const last = new Date(Math.max(...items.map((m) => m.dueDate.getTime())));
  // whole months around the span
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const span = to - from;
  const pos = (t: number) => `${((t - from) / span) * 100}%`;
  const months: { label: string; at: number }[] = [];
  for (let d = new Date(from); d.getTime() < to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    months.push({ label: `${MONTHS_NOMINATIVE[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}`, at: d.getTime() });
  }
  const now = new Date(`${today}T00:00:00Z`).getTime();
  return (
    <figure className="card mb-6 overflow-x-auto" aria-labelledby="gantt-caption">
      <figcaption id="gantt-caption" className="mb-2 font-semibold">
        Линейка вех
      </figcaption>
      <div className="min-w-[40rem]">
        <div className="relative ml-[16rem] h-6 border-b border-line text-xs text-ink-muted" aria-hidden>
          {months.map((m) => (
            <span key={m.at} className="absolute top-0 border-l border-line pl-1" style={{ left: pos(m.at) }}>
              {m.label}
            </span>
          ))}
        </div>
        <ul>
          {items.map((m) => {
            const start = startOf(m);
            const end = m.dueDate.getTime() + DAY;
            const overdue = m.progress < 100 && end <= now;
            return (
              <li key={m.id} className="flex items-center border-b border-line py-1 text-sm">
                <span className="w-[16rem] shrink-0 pr-2">
                  {m.title.length > 60 ? `${m.title.slice(0, 60)}…` : m.title}
                  <span className="block text-xs text-ink-muted">
                    {m.startDate ? `${formatDate(m.startDate, "UTC")} – ` : "до "}
                    {formatDate(m.dueDate, "UTC")} · {m.progress} %{overdue && " · просрочено"}
                  </span>
                </span>
                <span className="relative block h-5 flex-1" aria-hidden>
                  {now >= from && now <= to && <span className="absolute inset-y-0 w-px bg-bad" style={{ left: pos(now) }} />}
                  <span
                    className={`absolute inset-y-0 rounded border ${overdue ? "border-bad" : "border-brand"} bg-brand-light`}
                    style={{ left: pos(start), width: `${((end - start) / span) * 100}%` }}
                  >
                    <span className="block h-full rounded bg-brand" style={{ width: `${m.progress}%` }} />
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </figure>
  );
}
