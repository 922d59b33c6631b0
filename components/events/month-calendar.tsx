// Месяц: a Monday-first 7-column grid on wide screens; below 640 px a vertical list of the days that
// have events, so it reads at 360 px without horizontal scrolling.
import { addDays, startOfMonth, startOfWeek } from "@/lib/events/event-filter";
import {
  CalendarEventLink,
  dayLabel,
  monthLabel,
  PeriodNav,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
  weekdayOf,
  type CalendarViewProps,
} from "./calendar-parts";

/** The days the grid shows: whole weeks from the Monday before the 1st to the Sunday after the last day. */
export function monthGridDays(anchor: string): string[] {
  const first = startOfMonth(anchor);
  const start = startOfWeek(first);
  const month = first.slice(0, 7);
  const days: string[] = [];
  for (let day = start; ; day = addDays(day, 1)) {
    if (days.length % 7 === 0 && days.length > 0 && day.slice(0, 7) !== month) break;
    days.push(day);
  }
  return days;
}

export function MonthCalendar({ anchor, today, days, prevHref, nextHref }: CalendarViewProps) {
  const month = anchor.slice(0, 7);
  const grid = monthGridDays(anchor);
  const daysWithEvents = grid.filter((d) => d.slice(0, 7) === month && days[d]?.length);
  return (
    <section aria-label={`Календарь: ${monthLabel(anchor)}`}>
      <PeriodNav
        label={monthLabel(anchor)}
        prevHref={prevHref}
        prevLabel="Предыдущий месяц"
        nextHref={nextHref}
        nextLabel="Следующий месяц"
      />

      <div className="hidden sm:block">
        <table className="w-full table-fixed border-collapse text-left">
          <caption className="sr-only">{monthLabel(anchor)}</caption>
          <thead>
            <tr>
              {WEEKDAY_SHORT.map((w, i) => (
                <th key={w} scope="col" className="border border-line bg-surface px-2 py-1 text-sm font-semibold">
                  <abbr title={WEEKDAY_NAMES[i]} className="no-underline">
                    {w}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: grid.length / 7 }, (_, week) => (
              <tr key={week}>
                {grid.slice(week * 7, week * 7 + 7).map((day) => {
                  const inMonth = day.slice(0, 7) === month;
                  const isToday = day === today;
                  return (
                    <td
                      key={day}
                      aria-current={isToday ? "date" : undefined}
                      className={`h-24 border border-line p-1 align-top ${isToday ? "bg-brand-light" : inMonth ? "" : "bg-surface text-ink-muted"}`}
                    >
                      <div className={`text-sm ${isToday ? "font-bold" : ""}`}>
                        <span aria-hidden>{Number(day.slice(8))}</span>
                        <span className="sr-only">
                          {dayLabel(day)}
                          {isToday ? ", сегодня" : ""}
                        </span>
                      </div>
                      <ul className="space-y-1">
                        {(days[day] ?? []).map((e) => (
                          <li key={e.id}>
                            <CalendarEventLink event={e} />
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="sm:hidden">
        {daysWithEvents.length ? (
          <ol className="space-y-3">
            {daysWithEvents.map((day) => (
              <li
                key={day}
                className={`card ${day === today ? "border-brand bg-brand-light" : ""}`}
                aria-current={day === today ? "date" : undefined}
              >
                <h3 className="mb-1 font-semibold">
                  {dayLabel(day)}, {weekdayOf(day)}
                  {day === today ? " — сегодня" : ""}
                </h3>
                <ul className="space-y-1">
                  {days[day].map((e) => (
                    <li key={e.id}>
                      <CalendarEventLink event={e} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        ) : (
          <p>В этом месяце мероприятий нет.</p>
        )}
      </div>
    </section>
  );
}
